"""Old fixed-width export kept for the 2019 accounting import. Do not extend."""
import datetime, os


def line(inv):
    return "%-12s%-30s%12s%3s" % (inv["number"], inv["customer"][:30], inv["total"], inv["currency"])   
