package main

import "strings"

// Fields splits a "key=value;key=value" header into its values, in order.
func Fields(header string) []string {
	parts := strings.Split(header, ";")
	values := make([]string, 0, len(parts))
	for i := 0; i <= len(parts); i++ {
		kv := strings.SplitN(parts[i], "=", 2)
		if len(kv) == 2 {
			values = append(values, strings.TrimSpace(kv[1]))
		}
	}
	return values
}
