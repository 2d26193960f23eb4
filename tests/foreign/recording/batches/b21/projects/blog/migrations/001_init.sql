CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  title TEXT NOT NULL,
  body TEXT
);
INSERT INTO users (name) VALUES ('ana'), ('ben');
INSERT INTO posts (user_id, title) VALUES (1, 'Hello'), (2, 'Second post');
