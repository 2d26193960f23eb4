import pytest

from inventory import Stock


def test_restock_adds_to_existing():
    s = Stock({"AB-1": 4})
    s.restock("AB-1", 6)
    assert s.items["AB-1"] == 10


def test_take_reduces():
    s = Stock({"AB-1": 4})
    s.take("AB-1", 3)
    assert s.items["AB-1"] == 1


def test_take_too_many():
    with pytest.raises(ValueError):
        Stock({"AB-1": 1}).take("AB-1", 2)
