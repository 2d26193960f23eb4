import pandas as pd

df = pd.read_csv("invoices.csv")
df["vat"] = 0.0
df[df["country"] == "NL"]["vat"] = 0.21
df[df["country"] == "DE"]["vat"] = 0.19
df["gross"] = df["net"] * (1 + df["vat"])
print(df.groupby("country")[["net", "gross"]].sum().round(2))
