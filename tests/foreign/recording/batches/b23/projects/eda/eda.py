import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd

df = pd.read_csv("housing.csv")
df["price_m2"] = df["price"] / df["area_m2"]
print(df.groupby("district")["price_m2"].median().round(0).sort_values().to_string())
fig, ax = plt.subplots()
df.boxplot(column="price_m2", by="district", ax=ax)
fig.savefig("figs/price_m2_by_district.png", dpi=80)
print("wrote figs/price_m2_by_district.png")
