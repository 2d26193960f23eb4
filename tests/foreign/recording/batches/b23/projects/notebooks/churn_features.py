import pandas as pd


def add_features(df):
    df = df.copy()
    df["monthly_per_service"] = df["monthly_charges"] / df["services"].clip(lower=1)
    return df
