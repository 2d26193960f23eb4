import tomllib

with open("deploy.toml", "rb") as f:
    cfg = tomllib.load(f)

t = cfg["target"]
print(f"would deploy {t['branch']} to {t['host']} x{t['replicas']}, notify {cfg['notify']['channel']}")
