package main

import "testing"

func TestFind(t *testing.T) {
	s := NewStore(Item{ID: 1, Name: "bolt", Stock: 12})
	if _, ok := s.Find(2); ok {
		t.Fatal("Find(2) found an item that does not exist")
	}
}

func TestTotal(t *testing.T) {
	s := NewStore(Item{1, "bolt", 12}, Item{2, "nut", 10}, Item{3, "washer", 20})
	if got := s.Total(); got != 42 {
		t.Fatalf("Total() = %d, want 42", got)
	}
}
