from pricing import with_vat


def test_vat():
    assert with_vat(100) == 123.0
