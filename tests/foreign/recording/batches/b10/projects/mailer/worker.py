#!/usr/bin/env python3
"""Sends queued invoice mails: spool/incoming/*.json -> spool/done or spool/failed."""
import json
import logging
import shutil
import sys
import time
from pathlib import Path

SPOOL = Path(__file__).with_name("spool")
logging.basicConfig(filename="worker.log", level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(message)s", datefmt="%H:%M:%S")
log = logging.getLogger("mailer")


def handle(path):
    job = json.loads(path.read_text())
    try:
        to = job["email"]
    except KeyError:
        log.error("%s: missing field 'email' (customer %s)", path.name, job.get("customer"))
        (SPOOL / "failed").mkdir(exist_ok=True)
        shutil.move(str(path), SPOOL / "failed" / path.name)
        return False
    log.info("%s: sent invoice %s to %s", path.name, job["invoice"], to)
    (SPOOL / "done").mkdir(exist_ok=True)
    shutil.move(str(path), SPOOL / "done" / path.name)
    return True


def run_once():
    ok = failed = 0
    for path in sorted((SPOOL / "incoming").glob("*.json")):
        if handle(path):
            ok += 1
        else:
            failed += 1
    return ok, failed


def main():
    if "--once" in sys.argv:
        ok, failed = run_once()
        print(f"processed {ok + failed} jobs: {ok} sent, {failed} failed (see worker.log)")
        return 0
    log.info("worker started, polling spool/incoming every 2s")
    while True:
        run_once()
        time.sleep(2)


if __name__ == "__main__":
    sys.exit(main())
