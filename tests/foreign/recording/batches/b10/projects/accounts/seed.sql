CREATE TABLE users (
  id serial PRIMARY KEY,
  email varchar(200) NOT NULL,
  display_name varchar(120),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE orders (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  total_cents integer NOT NULL
);
INSERT INTO users (id, email, display_name, created_at) VALUES
  (12, 'jo.miller@example.com', 'Jo Miller', '2025-03-02 10:00+00'),
  (19, 'a.okafor@example.com', 'Ada Okafor', '2025-04-11 08:30+00'),
  (23, 'p.lind@example.com', 'Per Lind', '2025-06-20 17:45+00'),
  (57, 'Jo.Miller@example.com', 'Jo M.', '2026-09-14 21:12+00'),
  (61, 'm.rossi@example.com', 'Marco Rossi', '2026-10-01 12:00+00');
SELECT setval('users_id_seq', 61);
INSERT INTO orders (user_id, total_cents) VALUES (12, 4590), (19, 1299), (57, 899), (61, 15000), (12, 2500);
