package main

import "testing"

func TestParseAmount(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want int64
	}{
		{"whole", "12", 1200},
		{"cents", "12.50", 1250},
		{"half", "0.5", 50},
		{"spaces", " 3.07 ", 307},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseAmount(c.in)
			if err != nil {
				t.Fatalf("ParseAmount(%q) error: %v", c.in, err)
			}
			if got != c.want {
				t.Errorf("ParseAmount(%q) = %d, want %d", c.in, got, c.want)
			}
		})
	}
}
