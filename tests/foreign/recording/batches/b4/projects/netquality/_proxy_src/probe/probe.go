// Package probe measures round trips (simulated here for offline runs).
package probe

import "time"

// Simulated returns a deterministic round-trip time for probe i.
func Simulated(i int) time.Duration {
	return time.Duration(40+7*(i%4)) * time.Millisecond
}

// RPM converts a mean round-trip time into round trips per minute.
func RPM(mean time.Duration) float64 {
	if mean <= 0 {
		return 0
	}
	return float64(time.Minute) / float64(mean)
}
