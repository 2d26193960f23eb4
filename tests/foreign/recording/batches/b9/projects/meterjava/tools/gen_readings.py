"""Regenerate data/readings.csv from the meter export (here: synthetic, 300k rows)."""
import random

random.seed(11)
with open("data/readings.csv", "w") as out:
    out.write("meter,ts,kwh\n")
    for i in range(300_000):
        out.write(f"M{i % 40:03d},2026-11-{1 + i % 30:02d}T{i % 24:02d}:00,{random.uniform(0.1, 3):.3f}\n")
