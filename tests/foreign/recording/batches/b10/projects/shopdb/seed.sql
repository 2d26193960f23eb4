CREATE TABLE customers (
  id INT PRIMARY KEY,
  name VARCHAR(120) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE orders (
  id INT PRIMARY KEY,
  customer_id INT NOT NULL,
  placed_at DATETIME NOT NULL,
  FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;

CREATE TABLE order_items (
  id INT AUTO_INCREMENT PRIMARY KEY,
  order_id INT NOT NULL,
  sku VARCHAR(20) NOT NULL,
  qty INT NOT NULL
) ENGINE=InnoDB;

INSERT INTO customers VALUES (1, 'Nordlicht GmbH'), (2, 'Café Central'), (3, 'Baker & Sons');
INSERT INTO orders VALUES
  (1040, 1, '2026-11-02 10:15:00'), (1041, 2, '2026-11-03 09:00:00'), (1042, 1, '2026-11-05 16:20:00'),
  (1044, 3, '2026-11-09 11:45:00'), (1045, 2, '2026-11-12 14:05:00');
INSERT INTO order_items (order_id, sku, qty) VALUES
  (1040, 'PAL-500', 2), (1040, 'TAPE-48', 10), (1041, 'BOX-403', 25), (1042, 'LBL-100', 4),
  (1043, 'BOX-604', 12), (1044, 'TAPE-48', 6), (1045, 'PAL-500', 1), (1043, 'LBL-100', 2), (1051, 'BOX-403', 5);
