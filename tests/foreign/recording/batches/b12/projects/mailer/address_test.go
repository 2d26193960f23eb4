package mailer

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "ana@example.com", "ana@example.com"},
		{"spaces", "  bo@example.com ", "bo@example.com"},
		{"uppercase domain", "Chen@Example.COM", "Chen@example.com"},
		{"plus tag", "dee+news@example.org", "dee+news@example.org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize(tt.in)
			if err != nil {
				t.Fatalf("Normalize(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Normalize(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeRejects(t *testing.T) {
	for _, in := range []string{"", "no-at-sign", "@example.com", "ana@"} {
		if _, err := Normalize(in); err == nil {
			t.Errorf("Normalize(%q) should fail", in)
		}
	}
}

func TestPersonalizationCount(t *testing.T) {
	ps := []*Personalization{{To: "a@x.io"}, {To: "b@x.io"}}
	if len(ps) != 2 {
		t.Errorf("got %d personalizations: %v", ps, len(ps))
	}
}
