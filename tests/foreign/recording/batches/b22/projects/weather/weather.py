import configparser
import csv
import os

cfg = configparser.ConfigParser()
cfg.read("app.ini")
path = os.path.join(cfg["data"]["data_dir"], cfg["data"]["file"])
with open(path, newline="") as f:
    temps = [float(row["temp"]) for row in csv.DictReader(f)]
print(f"{len(temps)} readings, mean {sum(temps) / len(temps):.1f} {cfg['report']['units']}")
