import os

DATABASE_URL = os.environ["DATABASE_URL"]
STRIPE_KEY = os.environ.get("STRIPE_KEY", "")

print(f"connecting to {DATABASE_URL.split('@')[-1]}")
print("stripe key set" if STRIPE_KEY else "stripe key missing (test mode)")
