-- 0042: order_items must point at an existing order (SHOP-311)

ALTER TABLE order_items
  ADD INDEX idx_order_items_order (order_id);

ALTER TABLE order_items
  ADD CONSTRAINT fk_order_items_order
  FOREIGN KEY (order_id) REFERENCES orders (id);
