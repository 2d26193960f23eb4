set -e
cd ~/dwh-scripts
git init -q
cat > clean.py <<'PY'
import pandas as pd


def clean(df):
    df = df.drop_duplicates(subset=["order_id"])
    df = df.dropna()
    df["amount"] = df["amount"].astype(float)
    return df
PY
printf '# dwh-scripts\nSmall cleaning steps for the warehouse loads.\n' > README.md
git add . && git commit -qm "clean: first version"
git checkout -q -b feature/cleanup-nulls
sed -i 's/    df = df.dropna()/    df = df.dropna(subset=["customer_id", "order_date"])/' clean.py
git commit -qam "clean: only drop rows without customer or date"
printf 'def test_placeholder():\n    assert True\n' > test_clean.py
git add test_clean.py && git commit -qm "tests: placeholder"
git checkout -q main
sed -i 's/    df = df.dropna()/    df = df.dropna(subset=["customer_id"])/' clean.py
git commit -qam "clean: keep rows with missing amounts"
printf '\nRun: python3 -m clean\n' >> README.md && git commit -qam "readme: how to run"
git checkout -q feature/cleanup-nulls
