package main

import (
	"bufio"
	"fmt"
	"os"

	"example.com/logfmt"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		f := logfmt.Parse(sc.Text())
		fmt.Printf("%-5s %s\n", f["level"], f["msg"])
	}
}
