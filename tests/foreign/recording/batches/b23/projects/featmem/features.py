import argparse
import numpy as np

p = argparse.ArgumentParser()
p.add_argument("--rows", type=int, default=50_000_000)
p.add_argument("--cols", type=int, default=2)
a = p.parse_args()
print(f"building {a.rows:,} x {a.cols} float64 feature matrix")
X = np.random.default_rng(0).standard_normal((a.rows, a.cols))
print("mean per column:", X.mean(axis=0).round(4))
