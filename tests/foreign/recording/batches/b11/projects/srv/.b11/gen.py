import gzip, os, random
random.seed(17)
home = os.path.expanduser("~/srv/log")
os.makedirs(f"{home}/nginx", exist_ok=True)
os.makedirs(f"{home}/app", exist_ok=True)
paths = ["/", "/static/app.js", "/static/app.css", "/api/payments/charge", "/api/payments/refund", "/api/payments/status", "/api/users/me", "/health"]
ips = [f"10.0.{random.randint(0,3)}.{random.randint(2,250)}" for _ in range(40)]
def lines(n, day, hour0, broken=False):
    out = []
    for i in range(n):
        h = hour0 + i * 3 // n
        m = (i * 7) % 60
        p = random.choice(paths)
        st = 200
        if broken and p.startswith("/api/payments") and h >= hour0 + 2:
            st = 502
        elif random.random() < 0.01:
            st = 404
        size = 0 if st == 502 else random.randint(200, 9000)
        out.append(f'{random.choice(ips)} - - [{day}/Dec/2026:{h:02d}:{m:02d}:{i%60:02d} +0000] "GET {p} HTTP/1.1" {st} {size} "-" "Mozilla/5.0 (X11; Linux x86_64)"')
    return out
with open(f"{home}/nginx/access.log", "w") as f:
    f.write("\n".join(lines(4200, "07", 6, broken=True)) + "\n")
with open(f"{home}/nginx/access.log.1", "w") as f:
    for k in range(60):
        f.write("\n".join(lines(2000, "06", (k % 8) * 3)) + "\n")
with open(f"{home}/nginx/error.log", "w") as f:
    for i in range(6):
        f.write(f'2026/12/07 08:{10+i*7:02d}:{i*9:02d} [error] 812#812: *{9000+i*131} connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.1.{20+i}, server: pay.internal, request: "GET /api/payments/status HTTP/1.1", upstream: "http://127.0.0.1:9000/api/payments/status", host: "pay.internal"\n')
with open(f"{home}/app/app.log", "w") as f:
    for i in range(900):
        lvl = "ERROR" if i in (811, 812, 840, 877) else random.choice(["INFO"] * 8 + ["WARN"])
        msg = {"ERROR": "payments-api: worker exited with code 137 (out of memory)", "WARN": "slow query on payments.ledger (1.8s)", "INFO": "request handled"}[lvl]
        t = 6 * 3600 + i * 20
        f.write(f"2026-12-07T{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}Z {lvl:5} {msg}\n")
with open(f"{home}/app/debug.log", "w") as f:
    chunk = "2026-12-07T08:00:00Z DEBUG sql: SELECT id, amount, status FROM ledger WHERE account_id = $1 -- params=(42,)\n" * 2000
    for _ in range(150):
        f.write(chunk)
with open(f"{home}/app/payments-api.out", "w") as f:
    f.write("payments-api: worker exited (code 137)\n")
