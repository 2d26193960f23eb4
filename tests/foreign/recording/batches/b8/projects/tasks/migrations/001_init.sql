CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);
INSERT INTO tasks (title, done) VALUES ('write release notes', 1), ('rotate api keys', 0), ('fix flaky login test', 0), ('update dependencies', 0);
