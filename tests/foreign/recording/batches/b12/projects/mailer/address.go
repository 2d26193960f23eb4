package mailer

import (
	"fmt"
	"strings"
)

// Personalization is one recipient with its substitutions.
type Personalization struct {
	To   string
	Name string
	Subs map[string]string
}

// Normalize lower-cases the domain of an address and trims spaces.
// The local part is kept as written.
func Normalize(addr string) (string, error) {
	addr = strings.TrimSpace(addr)
	at := strings.LastIndex(addr, "@")
	if at <= 0 || at == len(addr)-1 {
		return "", fmt.Errorf("invalid address %q", addr)
	}
	local, domain := addr[:at], addr[at+1:]
	return local + "@" + domain, nil
}
