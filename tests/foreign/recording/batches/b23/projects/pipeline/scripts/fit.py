import json
import sys
import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1])
slope, intercept = np.polyfit(df["count"], df["sum"], 1)
json.dump({"slope": round(slope, 3), "intercept": round(intercept, 3)}, open(sys.argv[2], "w"))
print(f"fit: slope={slope:.3f} -> {sys.argv[2]}")
