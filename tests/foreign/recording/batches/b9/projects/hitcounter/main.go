package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"sync"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	c := NewCounter()
	var wg sync.WaitGroup
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 7 {
			continue
		}
		wg.Add(1)
		go func(p string) { defer wg.Done(); c.Inc(p) }(fields[6])
	}
	wg.Wait()
	for _, p := range c.Top() {
		fmt.Println(line(c, p))
	}
}
