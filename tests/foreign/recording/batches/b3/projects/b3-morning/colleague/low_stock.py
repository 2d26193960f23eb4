from config import settings


def low_stock(items):
    return [item["sku"] for item in items if item["qty"] < settings.LOW_STOCK_THRESHOLD]
