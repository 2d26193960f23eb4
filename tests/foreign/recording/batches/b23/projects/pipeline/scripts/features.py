import sys
import pandas as pd

df = pd.read_csv(sys.argv[1])
feat = df.groupby("user")["amount"].agg(["count", "sum", "mean"]).reset_index()
feat.to_csv(sys.argv[2], index=False)
print(f"features: {len(feat)} users -> {sys.argv[2]}")
