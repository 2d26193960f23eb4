import argparse
import sys

from todo import core


def main(argv=None):
    parser = argparse.ArgumentParser(prog="todo")
    sub = parser.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add")
    add.add_argument("title")
    add.add_argument("--due")
    sub.add_parser("list")
    args = parser.parse_args(argv)
    items = core.load()
    if args.cmd == "add":
        item = core.add(items, args.title, args.due)
        core.save(items)
        print(f"added: {item['title']}" + (f" (due {item['due']})" if "due" in item else ""))
    else:
        for number, item in enumerate(items, 1):
            mark = "x" if item["done"] else " "
            print(f"{number}. [{mark}] {item['title']}" + (f"  due {item['due']}" if "due" in item else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
