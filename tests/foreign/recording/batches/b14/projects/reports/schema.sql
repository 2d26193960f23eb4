CREATE TABLE visits (id serial PRIMARY KEY, path text NOT NULL, seen timestamptz DEFAULT now());
INSERT INTO visits (path) VALUES ('/'), ('/pricing'), ('/'), ('/docs');
