-- 002: due dates
ALTER TABLE tasks ADD COLUMN due TEXT;
