CREATE TABLE products (
  id INT PRIMARY KEY AUTO_INCREMENT,
  name VARCHAR(120) NOT NULL,
  price DECIMAL(10,2) NOT NULL,
);
INSERT INTO products (name, price) VALUES ('mug', 8.50), ('tee', 19.00);
