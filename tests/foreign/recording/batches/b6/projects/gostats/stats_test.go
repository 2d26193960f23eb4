package gostats

import "testing"

func TestMedian(t *testing.T) {
	if got := Median([]float64{5, 1, 3}); got != 3 {
		t.Fatalf("Median = %v, want 3", got)
	}
	if got := Median([]float64{4, 1, 3, 2}); got != 2.5 {
		t.Fatalf("Median = %v, want 2.5", got)
	}
}

func TestPercentile(t *testing.T) {
	values := []float64{10, 20, 30}
	if got := Percentile(values, 50); got != 20 {
		t.Fatalf("p50 = %v, want 20", got)
	}
	if got := Percentile(values, 100); got != 30 {
		t.Fatalf("p100 = %v, want 30", got)
	}
}
