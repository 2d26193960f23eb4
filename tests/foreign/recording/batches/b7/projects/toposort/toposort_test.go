package toposort

import "testing"

func TestSort(t *testing.T) {
	got, err := Sort([]string{"a", "b", "c"}, map[string][]string{"a": {"b"}, "b": {"c"}})
	if err != nil || len(got) != 3 || got[0] != "a" || got[2] != "c" {
		t.Fatalf("Sort = %v, %v", got, err)
	}
}

func TestCycle(t *testing.T) {
	if _, err := Sort([]string{"a", "b"}, map[string][]string{"a": {"b"}, "b": {"a"}}); err != ErrCycle {
		t.Fatalf("err = %v, want ErrCycle", err)
	}
}
