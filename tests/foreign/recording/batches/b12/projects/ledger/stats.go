package main

// Stats counts requests per path.
type Stats struct {
	hits map[string]int
}

func NewStats() *Stats {
	return &Stats{hits: make(map[string]int)}
}

func (s *Stats) Record(path string) {
	s.hits[path]++
}

func (s *Stats) Total() int {
	n := 0
	for _, v := range s.hits {
		n += v
	}
	return n
}

func (s *Stats) Snapshot() map[string]int {
	out := make(map[string]int, len(s.hits))
	for k, v := range s.hits {
		out[k] = v
	}
	return out
}
