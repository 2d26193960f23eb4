package main

import (
	"fmt"
	"os"
)

func main() {
	port := parsePort(os.Getenv("PORT"))
	var workers int = "3"
	fmt.Printf("gosvc on port %d with %d workers\n", port, workers)
}
