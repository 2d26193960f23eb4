import argparse


def main():
    p = argparse.ArgumentParser(prog="cli-tool")
    p.add_argument("path")
    args = p.parse_args()
    print("scanning", args.path)


if __name__ == "__main__":
    main()
