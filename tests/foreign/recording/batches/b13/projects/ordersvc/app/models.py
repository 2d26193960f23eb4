from dataclasses import dataclass

from app.db import save


@dataclass
class Order:
    customer: str
    total: float

    def place(self):
        return save(self)
