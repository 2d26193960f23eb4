// Package slugkit turns titles into URL slugs.
package slugkit

import (
	"strings"
	"unicode"
)

var folds = map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'é': "e", 'è': "e", 'à': "a", 'ç': "c"}

// Make returns a lower-case slug with single dashes between words.
func Make(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case folds[r] != "":
			b.WriteString(folds[r])
			dash = false
		case unicode.IsLetter(r) && r < 128, unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
