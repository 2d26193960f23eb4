package main

import (
	"flag"
	"fmt"
)

func main() {
	ub := flag.Int("ub", 1, "user band (1-32)")
	freq := flag.Int("freq", 1210, "user band centre frequency in MHz")
	flag.Parse()
	fmt.Printf("ODU_CHANNEL_CHANGE ub=%d freq=%dMHz cmd=%#04x\n", *ub, *freq, 0x70|((*ub-1)&0x1f))
}
