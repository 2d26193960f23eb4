"""Permission denied as a non-root developer: a script without its execute bit, a read-only output folder,
an unreadable secrets file, a log file under /var/log. They read the error, look at modes and ownership
(ls -l, stat, id, namei), then chmod or write somewhere of their own, and run again — or stop with it denied. Some sessions have nothing denied."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
KINDS = ("script-not-executable", "read-only-dir", "unreadable-file", "system-log")


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    kind = rng.choice(("none",) + KINDS)
    project = rng.choice(book["projects"])
    spec = book["kinds"].get(kind, {})
    params = {
        "project": project, "kind": kind, "resolved": kind != "none" and rng.random() < 0.65,
        "services": rng.sample(book["services"], rng.randint(2, 5)),
        "first_look": rng.choice(["ls", "ls -la", "tree", "cat README.md", "ls scripts tools"]),
        "looks": rng.sample(spec.get("looks", ["id"]), rng.randint(1, min(2, len(spec.get("looks", ["id"]))))),
        "fix": rng.choice(spec["fixes"]) if spec.get("fixes") else "",
        "log_dir": rng.choice(["logs", "log", ".cache/logs"]), "check_after": rng.random() < 0.6,
    }
    rows = [(service, rng.randint(100, 9000)) for service in params["services"]]
    files = project_files(HERE, {"project": project, "rows": rows})
    files += [{"path": "project/README.md", "content": f"# {project}\n\nDeploy: ./scripts/deploy.sh\nReport: "
               "python3 tools/report.py\n"}]
    return _session(rng, params, spec).fields(params, _modes(files, kind), setup=_setup(kind))


def _modes(files: list[dict], kind: str) -> list[dict]:
    """The file modes the variant starts from (what an earlier checkout or tool left behind)."""
    modes = {"project/scripts/deploy.sh": 0o644 if kind == "script-not-executable" else 0o755,
             "project/config/secrets.env": 0o000 if kind == "unreadable-file" else 0o600}
    return [{**spec, "mode": modes.get(spec["path"], spec.get("mode", 0o644))} for spec in files]


def _setup(kind: str) -> list[str]:
    return ["mkdir -p project/reports" + (" && chmod 555 project/reports" if kind == "read-only-dir" else "")]


def _session(rng: random.Random, params: dict, spec: dict) -> Session:
    session = Session(rng).look(params["first_look"])
    kind = params["kind"]
    if kind == "none":
        return _all_fine(session, rng)
    session.failure("denied", "permission_denied", _owner(kind), spec["fact"])
    session.fail(spec["run"], "denied")
    session.look(*params["looks"])
    if not params["resolved"]:
        return session.look_some(["ls -la", "id", "pwd"], 0, 1)
    return _fix(session, params, spec)


def _owner(kind: str) -> str:
    """The project's own files are the developer's; /var/log belongs to the system."""
    return "platform" if kind == "system-log" else "application developer"


def _fix(session: Session, params: dict, spec: dict) -> Session:
    if params["kind"] == "system-log":
        log = f"{params['log_dir']}/report.log"
        session.run(f"mkdir -p {params['log_dir']}").retry(f"python3 tools/report.py --log {log}", "denied")
    else:
        session.run(params["fix"]).retry(spec["run"], "denied")
    after = spec["after"][0].replace("logs/", params["log_dir"] + "/")
    return session.look(after) if params["check_after"] else session


def _all_fine(session: Session, rng: random.Random) -> Session:
    deploy_first = rng.random() < 0.5
    order = ["./scripts/deploy.sh", "ls dist", "python3 tools/report.py", "cat reports/summary.txt"]
    return session.look(*(order if deploy_first else order[2:] + order[:2]))
