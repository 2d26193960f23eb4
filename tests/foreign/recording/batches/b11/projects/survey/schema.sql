CREATE TABLE responses (
    respondent TEXT PRIMARY KEY,
    team       TEXT NOT NULL,
    score      INTEGER NOT NULL,
    comment    TEXT
);
