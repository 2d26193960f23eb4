// Package strutil holds small string helpers shared by the services.
package strutil

import "strings"

// Truncate shortens s to at most n runes, adding "…" when it cut something.
func Truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Initials returns the upper-case first letters of each word.
func Initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		b.WriteString(strings.ToUpper(string([]rune(w)[0])))
	}
	return b.String()
}
