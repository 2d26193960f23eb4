def line_total(qty, unit_price):
    return qty * unit_price


def invoice_total(lines, tax_rate=0.2):
    subtotal = sum(line_total(q, p) for q, p in lines)
    return round(subtotal * tax_rate, 2)
