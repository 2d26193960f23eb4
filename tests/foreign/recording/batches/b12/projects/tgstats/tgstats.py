#!/usr/bin/env python3
"""Statistics over exported chat histories."""
import argparse
import collections
import configparser
import csv
import json
import sys
from pathlib import Path


def load_config(path):
    config = configparser.ConfigParser()
    config.read(path)
    return config["telegram"]


def load_messages(export_dir, chat):
    path = Path(export_dir) / f"{chat}.json"
    with open(path) as fh:
        return json.load(fh)["messages"]


def cmd_summary(args, cfg):
    msgs = load_messages(cfg.get("export_dir", "export"), args.chat)
    by_user = collections.Counter(m["from"] for m in msgs)
    print(f"chat {args.chat}: {len(msgs)} messages from {len(by_user)} people")
    for user, n in by_user.most_common(int(cfg.get("top", "3"))):
        print(f"  {user:<12} {n:>4}")


def cmd_export(args, cfg):
    msgs = load_messages(cfg.get("export_dir", "export"), args.chat)
    out = Path(args.output or f"{args.chat}.{args.format}")
    if args.format == "csv":
        with open(out, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["date", "from", "text"])
            for m in msgs:
                w.writerow([m["date"], m["from"], m["text"]])
    else:
        out.write_text(json.dumps(msgs, indent=2))
    print(f"wrote {len(msgs)} messages to {out}")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tgstats.py", description=__doc__)
    parser.add_argument("-c", "--config", default="config.ini")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("summary", help="messages per person")
    p.add_argument("--chat", required=True)
    p.set_defaults(func=cmd_summary)
    p = sub.add_parser("export", help="write messages to a file")
    p.add_argument("--chat", required=True)
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_export)
    args = parser.parse_args(argv)
    cfg = load_config(args.config)
    args.func(args, cfg)


if __name__ == "__main__":
    sys.exit(main())
