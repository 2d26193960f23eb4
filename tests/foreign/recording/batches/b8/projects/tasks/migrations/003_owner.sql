-- 003: every task gets an owner
ALTER TABLE tasks ADD COLUMN owner TEXT NOT NULL;
