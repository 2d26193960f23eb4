package toposort

import "errors"

// ErrCycle is returned when the graph has a cycle.
var ErrCycle = errors.New("toposort: graph has a cycle")

// Sort orders the nodes so that every edge points forward.
func Sort(nodes []string, edges map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	for _, n := range nodes {
		indeg[n] += 0
		for _, m := range edges[n] {
			indeg[m]++
		}
	}
	var queue, out []string
	for _, n := range nodes {
		if indeg[n] == 0 {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		for _, m := range edges[n] {
			indeg[m]--
			if indeg[m] == 0 {
				queue = append(queue, m)
			}
		}
	}
	if len(out) != len(nodes) {
		return nil, ErrCycle
	}
	return out, nil
}
