CREATE UNIQUE INDEX stock_sku_location ON stock (sku, location_id);
INSERT INTO stock (sku, qty, location_id) VALUES ('A-1', 12, 2);
