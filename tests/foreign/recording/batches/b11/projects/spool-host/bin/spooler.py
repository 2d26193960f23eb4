"""Print spooler shim: appends every job it receives to its log (legacy, verbose)."""
import os
import time

os.makedirs("/dev/shm/spool", exist_ok=True)
log = open("/dev/shm/spool/spooler.log", "a")
for n in range(56):
    log.write(f"job {n:05d} " + "." * (1024 * 1024 - 11) + "\n")
    log.flush()
open("/tmp/.spooler-ready", "w").close()
while True:
    time.sleep(3600)
