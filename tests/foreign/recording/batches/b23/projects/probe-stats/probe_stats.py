import sys
import pandas as pd

df = pd.read_csv(sys.argv[1])
summary = df.groupby("probe")["z"].agg(["count", "mean", "std", "min", "max"])
summary["range"] = summary["max"] - summary["min"]
print(summary.round(4).to_string())
