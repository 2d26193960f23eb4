CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO notes(body) VALUES ('standup moved to 9:30'),('rotate s3 keys'),('backfill May orders');
