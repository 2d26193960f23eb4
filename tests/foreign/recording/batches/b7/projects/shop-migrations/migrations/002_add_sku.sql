-- 002: products get a SKU derived from the name
ALTER TABLE products ADD COLUMN sku text;
UPDATE products SET sku = upper(left(product_name, 3)) || '-' || id;
CREATE UNIQUE INDEX products_sku_idx ON products (sku);
