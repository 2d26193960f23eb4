import csv

with open("data/users.csv", newline="") as f:
    users = list(csv.DictReader(f))
active = [u for u in users if u["active"] == "yes"]
print(f"{len(users)} users, {len(active)} active")
