package main

import (
	"fmt"
	"os"
	"strconv"

	"example.com/mathutil"
)

func discount(qty int) int {
	return mathutil.Clamp(qty/10*5, 0, 30)
}

func main() {
	qty := 25
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil {
			qty = n
		}
	}
	fmt.Printf("qty=%d discount=%d%%\n", qty, discount(qty))
}
