"""Build the churn feature table from the CRM export."""
from pathlib import Path

import pandas as pd


def main():
    df = pd.read_csv("data/customers.csv")
    df["signup_date"] = pd.to_datetime(df["signup_date"])
    df["tenure_days"] = (pd.Timestamp("2026-12-01") - df["signup_date"]).dt.days
    features = df[["customer_id", "plan", "tenure_days", "monthly_fee", "churned"]]
    Path("out").mkdir(exist_ok=True)
    features.to_csv("out/features.csv", index=False)
    print(f"wrote out/features.csv ({len(features)} rows)")


if __name__ == "__main__":
    main()
