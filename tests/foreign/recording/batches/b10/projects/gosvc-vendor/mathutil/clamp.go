package mathutil

// Clamp limits v to the closed range [lo, hi].
func Clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// RoundCents rounds an amount in tenths of a cent to whole cents.
func RoundCents(milli int) int {
	if milli >= 0 {
		return (milli + 5) / 10
	}
	return (milli - 5) / 10
}
