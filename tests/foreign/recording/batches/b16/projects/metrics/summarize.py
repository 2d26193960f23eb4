import json
import statistics

runs = json.load(open("data.json"))["runs"]
ms = [r["ms"] for r in runs]
print(f"runs={len(runs)} mean={statistics.mean(ms):.1f}ms p_max={max(ms)}ms all_ok={all(r['ok'] for r in runs)}")
