import gzip, random
random.seed(7)
ips = ["10.0.4.%d" % i for i in (11, 12, 23, 40, 41)] + ["203.0.113.9", "198.51.100.77"]
paths = ["/", "/api/orders", "/api/orders/17", "/api/cart", "/static/app.js", "/login", "/api/search?q=lamp"]
def lines(day, n):
    out = []
    for i in range(n):
        ip = random.choice(ips); p = random.choice(paths)
        st = random.choices([200, 200, 200, 304, 404, 500, 502], k=1)[0]
        if p == "/api/search?q=lamp" and random.random() < 0.5: st = 500
        out.append('%s - - [%s/Dec/2026:%02d:%02d:%02d +0000] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0"\n'
                   % (ip, day, 8 + i // 60 % 10, i % 60, (i * 7) % 60, p, st, random.randint(200, 9000)))
    return out
open("access.log", "w").writelines(lines("07", 420))
with gzip.open("access.log.1.gz", "wt") as f: f.writelines(lines("06", 380))
with open("error.log", "w") as f:
    for i in range(40):
        f.write("2026/12/07 09:%02d:11 [error] 311#311: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: \"http://127.0.0.1:9001/api/search\"\n" % (i, 900 + i))
