VAT = {"FR": 0.20, "DE": 0.19, "ES": 0.21}


def with_vat(amount, country):
    return amount * (1 + VAT[country])
