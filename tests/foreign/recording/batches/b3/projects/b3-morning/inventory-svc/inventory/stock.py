from config import settings


def page(items, number):
    start = (number - 1) * settings.PAGE_SIZE
    return items[start:start + settings.PAGE_SIZE]


def value(items):
    return round(sum(item["qty"] * item["price"] for item in items), 2)
