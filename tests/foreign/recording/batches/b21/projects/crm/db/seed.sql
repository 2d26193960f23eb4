INSERT INTO companies (name) VALUES ('Acme'), ('Globex');
INSERT INTO contacts (name, email, company_id) VALUES
  ('Ana Lima', 'ana@acme.test', 1),
  ('Ben Ode', 'ben@globex.test', 2),
  ('Ana L.', 'ana@acme.test', 1);
