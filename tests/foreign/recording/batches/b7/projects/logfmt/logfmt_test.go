package logfmt

import "testing"

func TestParse(t *testing.T) {
	got := Parse(`level=warn msg="disk almost full" pct=91`)
	want := map[string]string{"level": "warn", "msg": "disk almost full", "pct": "91"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	if len(Parse("")) != 0 {
		t.Error("empty line gave fields")
	}
}
