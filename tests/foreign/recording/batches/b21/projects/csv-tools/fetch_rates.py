import csv, io
import requests

SAMPLE = "currency,rate\nEUR,1.0\nUSD,1.08\nGBP,0.85\n"


def parse(text):
    return {row["currency"]: float(row["rate"]) for row in csv.DictReader(io.StringIO(text))}


if __name__ == "__main__":
    print("requests", requests.__version__)
    print(parse(SAMPLE))
