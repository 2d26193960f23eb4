package main

import (
	"fmt"
	"strings"
)

// relay reads events, normalises them and hands them to the writer.
func main() {
	events := []string{"Login alice", "UPLOAD bob report.pdf", "logout alice"}
	out := make(chan string)
	for _, e := range events {
		out <- strings.ToLower(e)
	}
	close(out)
	for line := range out {
		fmt.Println("relay:", line)
	}
}
