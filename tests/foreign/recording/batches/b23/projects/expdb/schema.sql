CREATE TABLE experiments (id INTEGER PRIMARY KEY, name TEXT, model TEXT, started TEXT);
CREATE TABLE metrics (exp_id INTEGER REFERENCES experiments(id), epoch INTEGER, val_accuracy REAL, val_loss REAL);
INSERT INTO experiments VALUES (1,'baseline','logreg','2024-03-04'),(2,'gbm-200','gbm','2024-03-05'),(3,'gbm-400','gbm','2024-03-05'),(4,'mlp-small','mlp','2024-03-06');
INSERT INTO metrics VALUES (1,1,0.801,0.52),(1,2,0.812,0.49),(2,1,0.842,0.41),(2,2,0.861,0.37),(2,3,0.866,0.36),(3,1,0.848,0.40),(3,2,0.869,0.35),(3,3,0.871,0.35),(4,1,0.790,0.55),(4,2,0.833,0.44);
