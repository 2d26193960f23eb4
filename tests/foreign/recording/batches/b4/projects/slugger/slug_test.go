package slugger

import "testing"

func TestSlugify(t *testing.T) {
	cases := map[string]string{
		"Hello, World!":        "hello-world",
		"  Go 1.19 release  ":  "go-1-19-release",
		"already-a-slug":       "already-a-slug",
	}
	for in, want := range cases {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSlugifyUnicode(t *testing.T) {
	if got := Slugify("Crème brûlée"); got != "crème-brûlée" {
		t.Errorf("Slugify unicode = %q", got)
	}
}
