ALTER TABLE customers ADD COLUMN IF NOT EXISTS region text;
UPDATE customers SET region = 'EU' WHERE email LIKE '%.example' AND name LIKE '%GmbH';
ALTER TABLE customers ALTER COLUMN region SET NOT NULL;
CREATE INDEX IF NOT EXISTS customers_region_idx ON customers (region);
