import configparser
cfg = configparser.ConfigParser(); cfg.read("settings.ini")
print("database:", dict(cfg["database"]))
