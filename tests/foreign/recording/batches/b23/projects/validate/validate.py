import csv
import sys

errors = 0
for path in sys.argv[1:]:
    with open(path, newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            try:
                age = int(row["age"])
                if not 0 < age < 120:
                    raise ValueError(f"age out of range: {age}")
                float(row["income"])
            except ValueError as exc:
                errors += 1
                print(f"ERROR {path}:{lineno}: {exc}")
print(f"{errors} errors")
