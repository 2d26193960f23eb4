package main

import (
	"sort"
	"sync"
)

// Counter counts hits per path; handlers call Inc from many goroutines.
type Counter struct {
	mu   sync.Mutex
	hits map[string]int
}

func NewCounter() *Counter {
	return &Counter{hits: make(map[string]int)}
}

func (c *Counter) Inc(path string) {
	c.hits[path]++
}

func (c *Counter) Get(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[path]
}

// Top returns the paths sorted by hits, busiest first.
func (c *Counter) Top() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	paths := make([]string, 0, len(c.hits))
	for p := range c.hits {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool { return c.hits[paths[i]] > c.hits[paths[j]] })
	return paths
}
