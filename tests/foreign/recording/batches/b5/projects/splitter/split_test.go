package main

import (
	"reflect"
	"testing"
)

func TestFields(t *testing.T) {
	cases := map[string][]string{
		"a=1;b=2;c=3":    {"1", "2", "3"},
		"user=ana; id=7": {"ana", "7"},
		"":               {},
	}
	for in, want := range cases {
		if got := Fields(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Fields(%q) = %v, want %v", in, got, want)
		}
	}
}
