package counter

import (
	"sync"
	"testing"
)

func TestHitSequential(t *testing.T) {
	c := New()
	c.Hit("/")
	c.Hit("/")
	c.Hit("/about")
	if got := c.Get("/"); got != 2 {
		t.Fatalf("Get(/) = %d, want 2", got)
	}
	if top := c.Top(); top[0] != "/" {
		t.Fatalf("Top()[0] = %q, want /", top[0])
	}
}

func TestHitConcurrent(t *testing.T) {
	c := New()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				c.Hit("/api")
			}
		}()
	}
	wg.Wait()
	if got := c.Get("/api"); got != 20 {
		t.Fatalf("Get(/api) = %d, want 20", got)
	}
}
