package slugkit

import "testing"

func TestMake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello, World", "hello-world"},
		{"  Größe ändern  ", "groesse-aendern"},
		{"Crème brûlée 2", "creme-br-lee-2"},
		{"---", ""},
	}
	for _, tt := range tests {
		if got := Make(tt.in); got != tt.want {
			t.Errorf("Make(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkMake(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Make("Release notes for version 2.4 of the Größe tool")
	}
}
