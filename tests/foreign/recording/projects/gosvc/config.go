package main

import "strconv"

// ParsePort reads a port number, falling back to 8080.
func ParsePort(text string) int {
	port, err := strconv.Atoi(text)
	if err != nil || port <= 0 {
		return 8080
	}
	return port
}
