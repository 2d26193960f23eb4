package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"
)

type Item struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Stock int    `json:"stock"`
}

var items = map[int]Item{
	1: {1, "bolt M6", 420},
	2: {2, "nut M6", 380},
	3: {3, "washer 6mm", 0},
}

func itemHandler(w http.ResponseWriter, r *http.Request) {
	idText := strings.TrimPrefix(r.URL.Path, "/api/items/")
	id, err := strconv.Atoi(idText)
	if err != nil {
		http.Error(w, `{"error":"bad id"}`, http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	item, ok := items[id]
	if !ok {
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(map[string]string{"error": "no such item"})
		return
	}
	json.NewEncoder(w).Encode(item)
}

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/api/items/", itemHandler)
	log.Printf("invsvc listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
