INSERT INTO customers VALUES (1, 'Baker & Sons', 'ops@baker.example'), (2, 'Lindqvist AB', 'it@lindqvist.example'), (3, 'Okafor Ltd', 'hello@okafor.example');
INSERT INTO orders VALUES (5, 1, 240.0, '2026-11-28'), (6, 2, 99.9, '2026-11-29'), (7, 3, 12.5, '2026-11-30'), (8, 1, 1310.75, '2026-12-01');
