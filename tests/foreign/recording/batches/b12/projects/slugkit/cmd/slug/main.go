package main

import (
	"bufio"
	"fmt"
	"os"

	"example.com/slugkit"
)

var version = "dev"

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Println("slug", version)
		return
	}
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println(slugkit.Make(sc.Text()))
	}
}
