-- new items from the supplier sheet, 2026-12-07
INSERT INTO items VALUES ('SKU-0241', 'cable tie 200mm', 500);
INSERT INTO items VALUES ('SKU-0242', 'heat shrink 6mm', 120);
INSERT INTO items VALUES ('SKU-0243', 'ferrule 1.5mm2', 800);
