CREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE entries (
    id         bigserial PRIMARY KEY,
    account_id int NOT NULL REFERENCES accounts(id),
    amount     numeric(12,2) NOT NULL,
    booked_on  date NOT NULL
);
INSERT INTO accounts (name) SELECT 'account ' || g FROM generate_series(1, 40) g;
INSERT INTO entries (account_id, amount, booked_on)
SELECT 1 + g % 40, round((random() * 2000 - 1000)::numeric, 2), date '2026-01-01' + g % 340
FROM generate_series(1, 5200) g;
