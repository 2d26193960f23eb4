-- 0030: plain index for login lookups
CREATE INDEX users_email_idx ON users (email);
