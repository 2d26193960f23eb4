package main

import "testing"

func TestDiscount(t *testing.T) {
	cases := map[int]int{0: 0, 9: 0, 10: 5, 25: 10, 100: 30, 1000: 30}
	for qty, want := range cases {
		if got := discount(qty); got != want {
			t.Errorf("discount(%d) = %d, want %d", qty, got, want)
		}
	}
}
