import os
import sys


def main():
    x=1
    print(sys.argv[1:], x)


main()
