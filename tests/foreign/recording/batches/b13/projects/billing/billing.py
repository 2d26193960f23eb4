from config.settings import TAX_RATE, ROUNDING


def gross(net):
    return round(net * (1 + TAX_RATE), ROUNDING)
