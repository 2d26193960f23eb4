import json
import sys

REQUIRED = ("ts", "user", "kind")
bad = 0
for path in sys.argv[1:]:
    problems = []
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            event = json.loads(line)
            missing = [k for k in REQUIRED if k not in event]
            if missing:
                problems.append(f"{path}:{n}: missing key {missing[0]!r}")
    if problems:
        bad += 1
        for p in problems:
            print("INVALID", p)
    else:
        print("OK     ", path)
print(f"{len(sys.argv) - 1 - bad}/{len(sys.argv) - 1} files valid")
sys.exit(1 if bad else 0)
