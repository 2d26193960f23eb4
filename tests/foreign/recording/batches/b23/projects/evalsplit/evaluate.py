import argparse
import pandas as pd

p = argparse.ArgumentParser()
p.add_argument("--data", default="data/test.csv")
a = p.parse_args()
df = pd.read_csv(a.data)
correct = (df["pred"] == df["label"]).mean()
print(f"{a.data}: n={len(df)} accuracy={correct:.3f}")
