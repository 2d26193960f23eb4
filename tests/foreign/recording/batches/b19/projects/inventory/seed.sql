CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO products VALUES (1,'Oak shelf'),(2,'Pine desk'),(3,'Steel stool'),(4,'Birch chair');
CREATE TABLE movements (id INTEGER PRIMARY KEY, product_id INTEGER, delta INTEGER, at TEXT);
INSERT INTO movements (product_id, delta, at) VALUES
 (1, 10, '2024-05-01'), (2, 5, '2024-05-02'), (1, -3, '2024-05-03'), (7, 2, '2024-05-03'),
 (3, 8, '2024-05-04'), (4, 6, '2024-05-05'), (9, -1, '2024-05-06'), (2, -2, '2024-05-07');
