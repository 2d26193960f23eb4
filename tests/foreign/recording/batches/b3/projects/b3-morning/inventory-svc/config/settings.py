import os

DATABASE_PATH = os.environ.get("INVENTORY_DB", "inventory.db")
PAGE_SIZE = 50
LOG_LEVEL = "INFO"
CURRENCY = "EUR"
