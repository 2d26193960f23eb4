from app.models import Order


def test_place_returns_id():
    assert Order("li@example.com", 10.0).place() >= 1


def test_total_kept():
    assert Order("bo@example.com", 3.5).total == 3.5
