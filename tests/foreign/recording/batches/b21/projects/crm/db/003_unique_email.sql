ALTER TABLE contacts ADD CONSTRAINT contacts_email_key UNIQUE (email);
