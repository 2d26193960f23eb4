import yaml

with open("config.yaml") as f:
    cfg = yaml.safe_load(f)
for rule in cfg["rules"]:
    print(f"{rule['name']:<12} {rule['metric']:<22} > {rule['threshold']}  every {cfg['defaults']['interval']}")
