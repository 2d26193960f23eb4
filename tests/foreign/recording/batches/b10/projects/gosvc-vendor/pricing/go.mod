module example.com/pricing

go 1.19

require example.com/mathutil v1.2.0

replace example.com/mathutil => ../mathutil
