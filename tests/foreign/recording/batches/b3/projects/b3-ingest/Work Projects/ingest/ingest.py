"""Normalise the vendor CSV drops in incoming/ into out/ (UTF-8, semicolon -> comma)."""
import csv
import datetime
import pathlib

LOG = pathlib.Path("logs/ingest.log")


def log(level, message):
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    with LOG.open("a") as handle:
        handle.write(f"{stamp} {level} {message}\n")


def main():
    out = pathlib.Path("out")
    out.mkdir(exist_ok=True)
    for path in sorted(pathlib.Path("incoming").glob("*.csv")):
        rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter=";"))
        with (out / path.name).open("w", newline="") as handle:
            csv.writer(handle).writerows(rows)
        log("INFO", f"{path} -> {out / path.name}: {len(rows) - 1} rows")
    log("INFO", "run finished")


if __name__ == "__main__":
    main()
