import pandas as pd

df = pd.read_csv("weekly.csv", parse_dates=["date"])
summary = df.pivot_table(index="team", columns="project", values="hours", aggfunc="sum", fill_value=0)
summary["total"] = summary.sum(axis=1)
print(summary.to_string())
summary.to_csv("weekly_summary.csv")
print("\nwrote weekly_summary.csv")
