CREATE TABLE companies (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE
);
ALTER TABLE contacts ADD COLUMN company_id integer REFERENCES companies(id);
