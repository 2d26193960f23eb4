#!/usr/bin/env python3
"""Monthly invoices from a timesheet."""
import argparse
import csv
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path


def month(value):
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        raise argparse.ArgumentTypeError(f"invalid month {value!r}, expected YYYY-MM")
    return value


def load_config(path):
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def load_hours(path, wanted_month=None):
    rows = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if wanted_month and not row["date"].startswith(wanted_month):
                continue
            rows.append(row)
    return rows


def cmd_totals(args, cfg):
    rate = cfg["billing"]["rate"]
    per_client = defaultdict(float)
    for row in load_hours(args.timesheet):
        per_client[row["client"]] += float(row["hours"])
    totals = {c: round(h * rate, 2) for c, h in sorted(per_client.items())}
    if args.format == "json":
        print(json.dumps(totals, indent=2))
    else:
        for client, amount in totals.items():
            print(f"{client:<14} {amount:>10.2f} {cfg['billing']['currency']}")


def cmd_render(args, cfg):
    rows = load_hours(args.timesheet, args.month)
    out = Path(cfg["output"]["dir"]) / f"invoice-{args.month}.txt"
    if out.exists():
        answer = input(f"{out} exists. Overwrite? [y/N] ")
        if answer.strip().lower() != "y":
            print("aborted, nothing written")
            return 1
    rate, cur = cfg["billing"]["rate"], cfg["billing"]["currency"]
    lines = [f"INVOICE {args.month}  ({cfg['company']['name']})", ""]
    total = 0.0
    for r in rows:
        amount = float(r["hours"]) * rate
        total += amount
        lines.append(f"{r['date']}  {r['client']:<12} {float(r['hours']):>5.1f} h  {amount:>9.2f} {cur}")
    lines += ["", f"TOTAL {total:.2f} {cur}"]
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out} ({len(rows)} entries)")
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(prog="invoicer.py", description=__doc__)
    p.add_argument("--config", default="invoicer.toml")
    p.add_argument("--timesheet", default="hours.csv")
    sub = p.add_subparsers(dest="command", required=True)
    t = sub.add_parser("totals", help="amount per client")
    t.add_argument("--format", choices=["text", "json"], default="text")
    t.set_defaults(func=cmd_totals)
    r = sub.add_parser("render", help="write the invoice of one month")
    r.add_argument("--month", type=month, required=True)
    r.set_defaults(func=cmd_render)
    args = p.parse_args(argv)
    cfg = load_config(args.config)
    return args.func(args, cfg)


if __name__ == "__main__":
    sys.exit(main())
