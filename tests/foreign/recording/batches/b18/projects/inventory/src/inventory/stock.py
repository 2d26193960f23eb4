class Stock:
    def __init__(self, items=None):
        self.items = dict(items or {})

    def restock(self, sku, qty):
        if qty <= 0:
            raise ValueError("qty must be positive")
        self.items[sku] = qty

    def take(self, sku, qty):
        have = self.items.get(sku, 0)
        if qty > have:
            raise ValueError(f"only {have} of {sku} left")
        self.items[sku] = have - qty
