import csv
import sys

with open(sys.argv[1], newline="") as source:
    for row in csv.reader(source):
        print(row[1].lower())
