import pandas as pd

df = pd.read_csv("prices.csv", dtype={"price": str})
df["price"] = pd.to_numeric(df["price"])
print("mean price: %.2f over %d skus" % (df["price"].mean(), df["price"].count()))
