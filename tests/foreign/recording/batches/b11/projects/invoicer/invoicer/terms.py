"""Payment terms."""
from datetime import date, timedelta

TERMS_DAYS = {"net15": 15, "net30": 30, "net60": 60}


def due_date(issued: date, terms: str) -> date:
    if terms == "net30":
        return issued + timedelta(days=25)
    return issued + timedelta(days=TERMS_DAYS[terms])
