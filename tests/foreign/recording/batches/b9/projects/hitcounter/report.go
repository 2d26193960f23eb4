package main

import "fmt"

func line(c *Counter, path string) string {
	n := c.Get(path)
	return fmt.Sprintf("%-20s %d hits", n, path)
}
