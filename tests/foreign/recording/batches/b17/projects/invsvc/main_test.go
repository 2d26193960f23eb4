package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestItemFound(t *testing.T) {
	rec := httptest.NewRecorder()
	itemHandler(rec, httptest.NewRequest("GET", "/api/items/2", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /api/items/2: status %d, want 200", rec.Code)
	}
}

func TestItemMissing(t *testing.T) {
	rec := httptest.NewRecorder()
	itemHandler(rec, httptest.NewRequest("GET", "/api/items/99", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("GET /api/items/99: status %d, want %d", rec.Code, http.StatusNotFound)
	}
}

func TestBadID(t *testing.T) {
	rec := httptest.NewRecorder()
	itemHandler(rec, httptest.NewRequest("GET", "/api/items/abc", nil))
	if rec.Code != http.StatusBadRequest {
		t.Errorf("GET /api/items/abc: status %d, want 400", rec.Code)
	}
}
