import json

with open("data.json") as f:
    data = json.load(f)

cur = data["current"]
print(f"{data['city']}: {cur['temp_c']} °C, wind {cur['wind_kph']} km/h, {cur['condition']}")
