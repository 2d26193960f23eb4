import pandas as pd

data = pd.read_csv("pv_2013.csv")
data = data.astype(float)
print(data.corr()['Power'])
