package strutil

import "testing"

func TestTruncate(t *testing.T) {
	if got := Truncate("warehouse", 5); got != "ware…" {
		t.Fatalf("got %q", got)
	}
	if got := Truncate("nut", 5); got != "nut" {
		t.Fatalf("got %q", got)
	}
}

func TestInitials(t *testing.T) {
	if got := Initials("sam rivera"); got != "SR" {
		t.Fatalf("got %q", got)
	}
}

func BenchmarkTruncate(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Truncate("a fairly long product description for the catalogue", 20)
	}
}

func BenchmarkInitials(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Initials("Baker and Sons Wholesale Limited")
	}
}
