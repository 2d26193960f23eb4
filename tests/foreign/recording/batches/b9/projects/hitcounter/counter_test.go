package main

import (
	"sync"
	"testing"
)

func TestTopOrder(t *testing.T) {
	c := NewCounter()
	c.Inc("/a")
	c.Inc("/b")
	c.Inc("/b")
	if top := c.Top(); top[0] != "/b" {
		t.Fatalf("Top()[0] = %q, want /b", top[0])
	}
}

func TestConcurrentInc(t *testing.T) {
	c := NewCounter()
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				c.Inc("/")
			}
		}()
	}
	wg.Wait()
	if got := c.Get("/"); got != 40 {
		t.Fatalf("Get(/) = %d, want 40", got)
	}
}
