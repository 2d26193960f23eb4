import json
import sys

import pandas as pd

from metrics import best

runs = json.load(open(sys.argv[1]))["runs"]
df = pd.DataFrame(runs)
print(df.groupby("model")["f1"].agg(["count", "max"]).round(3).to_string())
print("best run:", best(runs)["name"])
