-- 0041: speed up the monthly report
ALTER TABLE orders ADD INDEX idx_orders_placed (placed_at);
