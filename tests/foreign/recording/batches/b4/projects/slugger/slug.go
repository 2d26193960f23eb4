// Package slugger turns titles into URL slugs.
package slugger

import (
	"strings"
	"unicode"
)

// Slugify lowercases s and replaces every run of non-alphanumerics with one dash.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	s = b.String()
	return s
}
