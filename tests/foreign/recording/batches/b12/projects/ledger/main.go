package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
)

func main() {
	port := os.Getenv("LEDGER_PORT")
	if port == "" {
		fmt.Fprintln(os.Stderr, "ledger: LEDGER_PORT is not set")
		os.Exit(1)
	}
	stats := NewStats()
	http.HandleFunc("/entries", func(w http.ResponseWriter, r *http.Request) {
		stats.Record(r.URL.Path)
		cents, err := ParseAmount(r.URL.Query().Get("amount"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(map[string]int64{"cents": cents})
	})
	http.HandleFunc("/stats", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(stats.Snapshot())
	})
	log.Printf("ledger listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
