package main

import (
	"fmt"
	"os"
	"strconv"
)

// batches splits ids into chunks of at most size elements for the bulk API.
func batches(ids []int, size int) [][]int {
	var out [][]int
	for i := 0; i < len(ids); i += size {
		out = append(out, ids[i:i+size])
	}
	return out
}

func main() {
	size := 3
	if len(os.Args) > 1 {
		size, _ = strconv.Atoi(os.Args[1])
	}
	ids := []int{101, 102, 103, 104, 105, 106, 107}
	for n, b := range batches(ids, size) {
		fmt.Printf("batch %d: %v\n", n+1, b)
	}
}
