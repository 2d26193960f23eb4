import gzip, os, random
random.seed(41)
os.chdir(os.path.expanduser("~/logs"))
ips = [f"198.51.100.{random.randint(2, 250)}" for _ in range(25)] + ["203.0.113.77"] * 6
paths = ["/", "/login", "/account", "/search?q=boots", "/static/site.css", "/static/site.js", "/api/cart", "/favicon.ico"]
agents = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/121.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) Safari/605.1.15", "curl/8.4.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
def gen(day, n):
    out = []
    for i in range(n):
        ip = random.choice(ips)
        h, m, s = 6 + i * 14 // n, (i * 13) % 60, i % 60
        if ip == "203.0.113.77":
            req, st = "POST /login HTTP/1.1", random.choice([401, 401, 401, 200])
        else:
            req, st = f"GET {random.choice(paths)} HTTP/1.1", random.choice([200] * 30 + [304, 404, 500])
        out.append(f'{ip} - - [{day:02d}/Dec/2026:{h:02d}:{m:02d}:{s:02d} +0000] "{req}" {st} {random.randint(150, 24000)} "-" "{random.choice(agents) if ip != "203.0.113.77" else "python-requests/2.31.0"}"')
    return "\n".join(out) + "\n"
open("access.log", "w").write(gen(7, 6000))
open("access.log.1", "w").write(gen(6, 5200))
with gzip.open("access.log.2.gz", "wt") as f:
    f.write(gen(5, 4800))
