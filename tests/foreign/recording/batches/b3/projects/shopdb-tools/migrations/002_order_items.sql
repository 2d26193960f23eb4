CREATE TABLE order_items (
  order_id INTEGER REFERENCES orders(id),
  sku TEXT NOT NULL,
  qty INTEGER NOT NULL CHECK (qty > 0),
  price_cents INTEGER NOT NULL
);
CREATE INDEX order_items_order ON order_items(order_id);
