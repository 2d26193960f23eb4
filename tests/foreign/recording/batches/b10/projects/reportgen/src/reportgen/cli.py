import argparse

REVENUE = {"2026-09": 48210.50, "2026-10": 51877.00, "2026-11": 55032.25}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="reportgen")
    parser.add_argument("--month", default=max(REVENUE))
    args = parser.parse_args(argv)
    months = sorted(REVENUE)
    value = REVENUE[args.month]
    prev = months.index(args.month) - 1
    change = "" if prev < 0 else f" ({(value / REVENUE[months[prev]] - 1) * 100:+.1f}% vs {months[prev]})"
    print(f"revenue {args.month}: {value:,.2f} EUR{change}")
    return 0
