from pricing import gross


def test_germany():
    assert gross(10000, "DE") == 11900


def test_default_country():
    assert gross(100) == 119
