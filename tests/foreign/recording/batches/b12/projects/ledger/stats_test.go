package main

import (
	"sync"
	"testing"
)

func TestRecordConcurrent(t *testing.T) {
	s := NewStats()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 25; j++ {
				s.Record("/entries")
			}
		}()
	}
	wg.Wait()
	if got := s.Total(); got != 100 {
		t.Errorf("Total() = %d, want 100", got)
	}
}
