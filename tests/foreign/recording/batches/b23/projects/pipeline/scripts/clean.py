import sys
import pandas as pd

df = pd.read_csv(sys.argv[1]).dropna()
df.to_csv(sys.argv[2], index=False)
print(f"clean: {len(df)} rows -> {sys.argv[2]}")
