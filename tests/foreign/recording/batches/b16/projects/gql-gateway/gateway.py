import yaml

with open("settings.yml") as f:
    cfg = yaml.safe_load(f)

print("listening on", cfg["server"]["host"], cfg["server"]["port"])
print("log levels:", cfg["logging"]["level"])
