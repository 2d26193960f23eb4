import configparser
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

cfg = configparser.ConfigParser()
cfg.read("config.ini")
s = cfg["standup"]
tz = ZoneInfo(s["timezone"])
now = datetime.now(tz)
hh, mm = map(int, s["time"].split(":"))
days = s["days"].split(",")
nxt = now.replace(hour=hh, minute=mm, second=0, microsecond=0)
while nxt <= now or nxt.strftime("%a").lower() not in days:
    nxt += timedelta(days=1)
if "--next" in sys.argv:
    print(f"next standup in {s['channel']}: {nxt:%a %d %b %H:%M %Z}")
