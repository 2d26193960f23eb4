INSERT INTO notes (author, body) VALUES
  ('sam', 'rotate the redis password before Friday'),
  ('ines', 'orders-svc: bump to 1.3.0 after QA'),
  ('sam', 'ask ops about the 8088 firewall rule');
