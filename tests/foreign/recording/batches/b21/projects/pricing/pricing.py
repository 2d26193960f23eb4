from decimal import Decimal

VAT = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "NL": Decimal("0.21")}


def gross(net, country):
    return (Decimal(net) * (1 + VAT[country])).quantize(Decimal("0.01"))
