package main

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseAmount turns "12.50" into 1250 cents.
func ParseAmount(s string) (int64, error) {
	s = strings.TrimSpace(s)
	whole, frac, found := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad amount %q: %w", s, err)
	}
	if !found {
		return w * 100, nil
	}
	if len(frac) > 2 {
		return 0, fmt.Errorf("bad amount %q: more than two decimals", s)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad amount %q: %w", s, err)
	}
	return w*100 + f, nil
}
