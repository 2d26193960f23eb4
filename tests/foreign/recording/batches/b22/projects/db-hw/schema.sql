CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score INTEGER);
INSERT INTO students (name, score) VALUES ('Ana', 91), ('Ben', 67), ('Chloe', 84), ('Dev', 45), ('Eli', 88);
