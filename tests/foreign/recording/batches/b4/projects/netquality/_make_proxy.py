"""Build a GOPROXY directory for git.internal.example/netx v0.4.1 (the team's module mirror)."""
import json, os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
mod, ver = "git.internal.example/netx", "v0.4.1"
d = os.path.join(out, mod, "@v")
os.makedirs(d, exist_ok=True)
open(os.path.join(d, "list"), "w").write(ver + "\n")
json.dump({"Version": ver, "Time": "2026-10-02T09:14:00Z"}, open(os.path.join(d, ver + ".info"), "w"))
open(os.path.join(d, ver + ".mod"), "w").write(open(os.path.join(src, "go.mod")).read())
with zipfile.ZipFile(os.path.join(d, ver + ".zip"), "w") as z:
    for root, _, files in os.walk(src):
        for f in files:
            p = os.path.join(root, f)
            z.write(p, f"{mod}@{ver}/" + os.path.relpath(p, src))
