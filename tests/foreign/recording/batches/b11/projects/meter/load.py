"""Daily mean consumption per meter from the gateway export."""
import pandas as pd

df = pd.read_csv("data/readings.csv", parse_dates=["timestamp"])
df["day"] = df["timestamp"].dt.date
daily = df.groupby(["meter_id", "day"])["kwh"].mean().round(3)
print(daily.to_string())
