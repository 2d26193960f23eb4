package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"
)

type Order struct {
	ID       int     `json:"id"`
	Customer string  `json:"customer"`
	Total    float64 `json:"total"`
	Status   string  `json:"status"`
}

func loadOrders() ([]Order, error) {
	data, err := os.ReadFile("data/orders.json")
	if err != nil {
		return nil, err
	}
	var orders []Order
	if err := json.Unmarshal(data, &orders); err != nil {
		return nil, fmt.Errorf("decode orders.json: %w", err)
	}
	return orders, nil
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func orderHandler(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/api/orders/"))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad order id"})
		return
	}
	orders, err := loadOrders()
	if err != nil {
		log.Printf("GET %s: %v", r.URL.Path, err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	for _, o := range orders {
		if o.ID == id {
			writeJSON(w, http.StatusOK, o)
			return
		}
	}
	writeJSON(w, http.StatusNotFound, map[string]string{"error": "order not found"})
}

func main() {
	http.HandleFunc("/api/orders/", orderHandler)
	log.Println("ordersvc on :8088")
	log.Fatal(http.ListenAndServe("127.0.0.1:8088", nil))
}
