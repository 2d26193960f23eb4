import pandas as pd

df = pd.read_csv("sales.csv")
by_region = df.groupby("region")["revenue"].sum().sort_values(ascending=False)
print(by_region.to_string())
print("total:", round(df["revenue"].sum(), 2))
