#!/usr/bin/env python3
"""Upload a firmware image to the board over the serial bootloader."""
import argparse
import pathlib
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("image", type=pathlib.Path)
    parser.add_argument("--port", default="/dev/ttyUSB0")
    args = parser.parse_args()
    if not args.image.exists():
        print(f"no such image: {args.image}", file=sys.stderr)
        return 1
    print(f"would flash {args.image} ({args.image.stat().st_size} bytes) via {args.port}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
