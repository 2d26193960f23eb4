import pandas as pd

df = pd.read_csv("ventes_2023.csv", sep=";")
par_region = df.groupby("region")["montant"].sum().sort_values(ascending=False)
print(par_region.to_string())
print("total:", round(df["montant"].sum(), 2))
