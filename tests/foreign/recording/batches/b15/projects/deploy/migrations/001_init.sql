-- 001
create table t(id int);
