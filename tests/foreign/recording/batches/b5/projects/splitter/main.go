package main

import (
	"fmt"
	"os"
)

var version = "dev"

func main() {
	if len(os.Args) < 2 {
		fmt.Println("splitter", version, "- usage: splitter 'k=v;k=v'")
		return
	}
	for _, v := range Fields(os.Args[1]) {
		fmt.Println(v)
	}
}
