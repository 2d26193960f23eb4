"""Weekly latency report: p50/p95 per route from metrics.db."""
import sqlite3
import statistics

db = sqlite3.connect("metrics.db")
routes = [r[0] for r in db.execute("SELECT DISTINCT route FROM requests ORDER BY route")]
print(f"{'route':<18} {'n':>5} {'p50':>8} {'p95':>8}")
for route in routes:
    values = sorted(r[0] for r in db.execute(
        "SELECT duration_ms FROM requests WHERE route = ? AND status < 500", (route,)))
    q = statistics.quantiles(values, n=20)
    print(f"{route:<18} {len(values):>5} {statistics.median(values):>8.1f} {q[18]:>8.1f}")
