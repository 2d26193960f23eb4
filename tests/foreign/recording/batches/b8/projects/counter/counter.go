// Package counter counts page hits per path.
package counter

import "sort"

type Counter struct {
	hits map[string]int
}

func New() *Counter { return &Counter{hits: map[string]int{}} }

func (c *Counter) Hit(path string) {
	c.hits[path]++
}

func (c *Counter) Get(path string) int {
	return c.hits[path]
}

func (c *Counter) Top() []string {
	paths := make([]string, 0, len(c.hits))
	for p := range c.hits {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool { return c.hits[paths[i]] > c.hits[paths[j]] })
	return paths
}
