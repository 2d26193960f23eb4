"""A small CLI on a SQLite file fails with `database is locked`: a sqlite3 console forgotten in another
terminal holds an open BEGIN EXCLUSIVE/IMMEDIATE, or the background worker never commits (its commit was
commented out while debugging) and keeps its write lock. The developer may first wait longer (a bigger busy
timeout, which only fails later), looks (ls shows the journal, fuser/lsof/pgrep/ps the holder), ends the
holder — and for the worker fixes and restarts it — and writes again; or stops with it locked. Or nothing
holds the lock and the write just works. The lenient `import` reports the lock behind exit 0."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    theme = rng.choice(book["themes"])
    outcome = rng.choices(["success", "resolved", "open"], weights=[2, 5, 3])[0]
    holder = rng.choice(["none", "fixed_worker"]) if outcome == "success" else rng.choice(["shell", "worker"])
    lock = rng.choice(["EXCLUSIVE", "IMMEDIATE"]) if holder == "shell" else "none"
    params = {"app": theme["script"], "outcome": outcome, "holder": holder, "lock": lock,
              "write": rng.choices(["add", "import", "cli"], weights=[3, 2, 3])[0], "timeout": rng.choice([1, 2, 3]),
              "wait_longer": outcome != "success" and rng.random() < 0.35,
              "read_check": False,
              "finder": rng.choice(sorted(book["finders"])), "remedy": rng.choice(["kill", "fuser -k"]),
              "worker_fix": holder == "worker" and outcome == "resolved" and rng.random() < 0.6}
    if holder != "shell":  # a worker is stopped by its PID; with no holder nothing is looked for
        params["remedy"] = "kill" if holder == "worker" else "none"
    if params["remedy"] != "kill":
        params["finder"] = "none"
    # an exclusive lock keeps readers out too; the lenient import's message would differ from the reader's
    params["read_check"] = lock == "EXCLUSIVE" and params["write"] != "import" and rng.random() < 0.5
    texts = rng.sample(theme["texts"], 4)  # three rows already there, and the one written
    params["text"] = texts[3]
    values = {**theme, "timeout": params["timeout"], "commit": holder != "worker", "lock": lock,
              "text": params["text"], "inbox": rng.sample(theme["texts"], 2), "first": texts[0], "second": texts[1],
              "third": texts[2]}
    files = [*project_files(HERE, values, skip=("app.py",)), _app(values),
             {"path": ".dbinit/seed.sql", "content": book["seed"].format(**values)},
             {"path": ".dbinit/console.sh", "content": book["console"].format(**values)}]
    setup = [f"cd project && sqlite3 {theme['db']} < ../.dbinit/seed.sql"]
    session = _session(rng, book, params, values)
    return session.fields(params, files, setup=setup, background=_background(holder, theme))


def _app(values: dict) -> dict:
    """The CLI, named for its theme (notes.py, tasks.py, ...)."""
    files = project_files(HERE, values)
    app = next(file for file in files if file["path"] == "project/app.py")
    return {**app, "path": f"project/{values['script']}"}


def _background(holder: str, theme: dict) -> list[dict]:
    """What already runs: the forgotten console, or the worker (with or without its commit)."""
    if holder == "shell":
        return [{"command": "bash .dbinit/console.sh", "ready": f"test -e project/{theme['db']}-journal"}]
    if holder in ("worker", "fixed_worker"):
        return [{"command": "cd project && exec python3 worker.py >> worker.log 2>&1",
                 "ready": "grep -q processed project/worker.log"}]
    return []


def _session(rng: random.Random, book: dict, params: dict, values: dict) -> Session:
    fmt = lambda text: text.format(**values)  # noqa: E731 - every command is a template of the variant
    session = Session(rng).look_some([fmt(look) for look in book["first_looks"]], 1, 2)
    kind = "cli" if params["write"] == "cli" else "app"
    write = fmt(book["writes"][params["write"]])
    if params["holder"] in ("none", "fixed_worker"):
        session.run(write)
        return _after(rng, session, book, params, fmt)
    hidden = {"shown_by": "database is locked"} if params["write"] == "import" else {}
    session.failure("locked", "timeout", "service operator",
                    values["db"] if kind == "cli" else values["script"], "database is locked")
    session.fail(write, "locked", **hidden)
    if params["wait_longer"]:  # a longer busy timeout only waits longer for a lock nobody releases
        wait = fmt(book["waits"][kind])
        if kind == "app":
            session.run(wait).fail(write, "locked", timeout_s=40, **hidden)
        else:
            session.fail(wait, "locked", timeout_s=40)
    if params["read_check"]:  # an exclusive lock keeps readers out as well
        session.fail(fmt(book["reads"][kind]), "locked", timeout_s=40)
    _investigate(rng, session, book, params, fmt)
    if params["outcome"] == "open":
        return session
    _end_holder(session, book, params, fmt)
    session.retry(write, "locked")
    if params["worker_fix"]:  # the fixed worker goes back to work once the write is through
        session.run(book["worker_start"])
    return _after(rng, session, book, params, fmt)


def _investigate(rng: random.Random, session: Session, book: dict, params: dict, fmt) -> None:  # noqa: ANN001
    """Looks at the journal, the processes and the worker; one of them names the holder's PID."""
    finder = book["finders"].get(params["finder"], {})
    process = "sqlite3" if params["holder"] == "shell" else "-f worker.py"
    looks = [fmt(look) for look in book["looks"]]
    if params["holder"] == "worker":
        looks += book["worker_looks"]
    session.look_some(_unseen(session, looks), 1, 2)
    if params["remedy"] == "kill":
        command = finder["command"].format(db=fmt("{db}"), process=process)
        session.run(command, captures={"pid": finder["capture"]})


def _end_holder(session: Session, book: dict, params: dict, fmt) -> None:  # noqa: ANN001
    """The worker's commit restored first (if it is fixed); then the captured PID killed, or the file's users."""
    if params["worker_fix"]:
        session.run(book["worker_fix"]).look_some(_unseen(session, ["grep -n commit worker.py"]), 0, 1)
    if params["remedy"] == "kill":
        session.run("kill {{pid}}")
    else:
        session.run(fmt("fuser -k {db}"))


def _after(rng: random.Random, session: Session, book: dict, params: dict, fmt) -> Session:  # noqa: ANN001
    """A look at the result: the latest rows, the journal gone, or the worker's log."""
    after = [fmt(look) for look in book["after"]]
    if "worker" not in params["holder"] and not params["worker_fix"]:
        after = after[:2]
    return session.look_some(_unseen(session, after), 0, 2)


def _unseen(session: Session, commands: list[str]) -> list[str]:
    """The commands not typed yet in this session (nobody cats the same file twice in a row)."""
    typed = {step["command"] for step in session.steps}
    return [command for command in commands if command not in typed]
