CREATE TABLE notes (
    id          serial PRIMARY KEY,
    author      text NOT NULL,
    body        text NOT NULL
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX notes_author_idx ON notes (author);
