CREATE TABLE customers (
    id    serial PRIMARY KEY,
    name  text NOT NULL,
    email text NOT NULL UNIQUE
);
INSERT INTO customers (name, email) VALUES
    ('Harbor Foods', 'ap@harborfoods.example'),
    ('Kettle & Co', 'billing@kettle.example'),
    ('Nordlicht GmbH', 'rechnung@nordlicht.example'),
    ('Blue Fern Ltd', 'accounts@bluefern.example');
