-- 002
alter table t add column name text;
