"""Churn rate per plan as a bar chart (out/churn_by_plan.png)."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

df = pd.read_csv("out/features.csv")
rate = df.groupby("plan")["churned"].mean()
rate.plot.bar(title="Churn rate by plan")
plt.tight_layout()
plt.savefig("out/churn_by_plan.png")
print("wrote out/churn_by_plan.png")
