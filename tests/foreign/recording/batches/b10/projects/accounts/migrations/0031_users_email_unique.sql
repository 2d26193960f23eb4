-- 0031: one account per address, case-insensitive (ACC-88)
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
