INSERT INTO customers (email, name) VALUES
    ('ana@example.com', 'Ana Ruiz'),
    ('bo@example.com', 'Bo Chen'),
    ('cy@example.com', 'Cy Okafor')
ON CONFLICT (email) DO NOTHING;

INSERT INTO invoices (customer_id, amount_cents, issued_on) VALUES
    (1, 12000, '2026-11-02'),
    (2, 4550, '2026-11-09'),
    (3, 99900, '2026-11-15'),
    (4, 1800, '2026-11-30');
