-- add an email column and backfill it
ALTER TABLE user ADD COLUMN email TEXT;
UPDATE users SET email = name || '@example.com';
CREATE UNIQUE INDEX users_email ON users(email);
