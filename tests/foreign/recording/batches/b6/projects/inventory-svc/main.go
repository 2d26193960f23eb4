package main

import (
	"encoding/json"
	"log"
	"os"
	"net/http"
	"strconv"
	"strings"
)

func main() {
	store := NewStore(Item{1, "hex bolt M6", 420}, Item{2, "hex nut M6", 380}, Item{3, "washer 6mm", 1200})
	http.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"items": store.All(), "total_stock": store.Total()})
	})
	http.HandleFunc("/items/", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/items/"))
		if err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad id"})
			return
		}
		item, ok := store.Find(id)
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such item"})
			return
		}
		writeJSON(w, http.StatusOK, item)
	})
	log.Println("inventory-svc listening on :8090")
	log.Fatal(http.ListenAndServe("127.0.0.1:8090", nil))
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
