CREATE TABLE stock (sku TEXT NOT NULL, wh TEXT NOT NULL, qty INTEGER NOT NULL, PRIMARY KEY (sku, wh));
INSERT INTO stock VALUES ('A-100','A',40),('A-100','B',3),('A-200','B',12),('B-310','A',7),('B-310','B',2),
 ('C-050','B',0),('C-051','A',55),('D-900','B',9),('D-901','B',31),('E-123','A',4);
CREATE TABLE items (sku TEXT PRIMARY KEY, name TEXT);
INSERT INTO items VALUES ('A-100','Cable 2m'),('A-200','Cable 5m'),('B-310','USB hub'),('C-050','Mouse'),
 ('C-051','Mouse pad'),('D-900','Monitor arm'),('D-901','Desk lamp'),('E-123','Webcam');
