import sys


def main(path):
    print(f"uploading {path} ...")


if __name__ == "__main__":
    main(sys.argv[1])
