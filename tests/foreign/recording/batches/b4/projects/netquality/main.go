package main

import (
	"flag"
	"fmt"
	"time"

	"git.internal.example/netx/probe"
)

func main() {
	n := flag.Int("n", 5, "number of probes")
	flag.Parse()
	var total time.Duration
	for i := 0; i < *n; i++ {
		rtt := probe.Simulated(i)
		total += rtt
		fmt.Printf("probe %d: %v\n", i+1, rtt)
	}
	fmt.Printf("RPM: %.0f\n", probe.RPM(total/time.Duration(*n)))
}
