from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float
    count: int


def stock_value(items: list[Item]) -> int:
    return sum(item.price * item.count for item in items)


def restock(item: Item, amount: int) -> None:
    item.count += amount


if __name__ == "__main__":
    items = [Item("bolt", 0.25, 400), Item("nut", 0.1, 900)]
    restock(items[0], "100")
    print(f"stock value: {stock_value(items):.2f}")
