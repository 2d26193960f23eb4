package main

import "sort"

type Item struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Stock int    `json:"stock"`
}

type Store struct {
	items map[int]Item
}

func NewStore(items ...Item) *Store {
	s := &Store{items: map[int]Item{}}
	for _, it := range items {
		s.items[it.ID] = it
	}
	return s
}

func (s *Store) Find(id int) (Item, bool) {
	it, ok := s.items[id]
	return it, ok
}

func (s *Store) All() []Item {
	out := make([]Item, 0, len(s.items))
	for _, it := range s.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Total stock over all items.
func (s *Store) Total() int {
	all := s.All()
	total := 0
	for i := 1; i < len(all); i++ {
		total += all[i].Stock
	}
	return total
}
