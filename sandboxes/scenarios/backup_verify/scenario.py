"""Checking last night's backup. PostgreSQL: the dump (pg_dump -Fc, cut short when the nightly job hit a file
size limit) is restored into a scratch database — into one not created yet, with the server still down, or
with the truncated dump (`could not read from input file: end of file`), then re-dumped and restored again,
into the half-filled database first or a fresh one; row counts compared. SQLite: `PRAGMA integrity_check` on
the copied file (a flipped byte, a zeroed page or a short copy, done with dd/truncate in setup), a new copy
made with `.backup`, checked and counted. Or the backup is fine, or the developer stops with it damaged."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
SHOWN_BY = {"down": "failed: No such file", "nodb": "does not exist", "truncated": "end of file",
            "stale": "errors ignored on restore"}  # what a piped pg_restore's failures show behind tail's exit 0


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    theme = rng.choice(book["themes"])
    store = rng.choice(["postgres", "sqlite"])
    outcome = rng.choices(["success", "resolved", "open"], weights=[2, 5, 3])[0]
    damaged = outcome != "success" and (store == "sqlite" or rng.random() < 0.75)
    params = {"store": store, "app": theme["app"], "outcome": outcome, "date": rng.choice(book["dates"]),
              "children": rng.randrange(3000, 9001, 500), "parents": rng.choice([150, 200, 300, 400]),
              "damage": rng.choice(sorted(book["damage"])) if store == "sqlite" and damaged else "none",
              "truncated": store == "postgres" and damaged, "percent": rng.randint(35, 80),
              "aside": rng.choice(["none", "mv", "rm"]) if store == "sqlite" and damaged else "none",
              "server": "running", "nodb": False, "stale": False, "piped": False,
              "verify_db": rng.choice(book["verify_names"]).format(db=theme["db"]) if store == "postgres" else "none"}
    if store == "postgres":
        _draw_pg(rng, params)
    values = {**theme, **params, "dump": _dump(theme, params), "verify": params["verify_db"],
              "prev": str(date.fromisoformat(params["date"]) - timedelta(days=1)),
              "row": rng.randint(10, params["parents"] - 10), "nth": rng.randint(3, 15)}
    files = [*project_files(HERE, {**theme, "store": store}, dest="project"),
             {"path": ".dbinit/seed.sql", "content": book["seed"][store].format(**values)},
             {"path": ".dbinit/init.sh", "content": _init(book, params, values)}]
    session = _session(rng, book, params, values)
    return session.fields(params, files, setup=["bash .dbinit/init.sh"])


def _draw_pg(rng: random.Random, params: dict) -> None:
    """The PostgreSQL session's hurdles: a server still down, no scratch database, a half-filled one."""
    failing = params["outcome"] != "success"
    params["server"] = "down" if failing and rng.random() < 0.3 else "running"
    params["nodb"] = failing and rng.random() < 0.35
    if failing and not params["truncated"] and params["server"] == "running":
        params["nodb"] = True  # a failing session needs something to fail
    params["stale"] = params["truncated"] and rng.random() < 0.4
    params["piped"] = rng.random() < 0.2


def _dump(theme: dict, params: dict) -> str:
    suffix = "dump" if params["store"] == "postgres" else "db"
    return f"backups/{theme['db']}-{params['date']}.{suffix}"


def _init(book: dict, params: dict, values: dict) -> str:
    """The unrecorded preparation: the data, two nightly backups (the last one damaged), the server's state."""
    lines = ["set -e", "mkdir -p project/backups", "cd project"]
    if params["store"] == "postgres":
        lines = ["set -e", "pg_ctl -D ~/pg/data -l ~/pg/server.log -w start > /dev/null",
                 "psql -q -d postgres -f .dbinit/seed.sql > /dev/null", *lines[1:],
                 f"./backup.sh {values['prev']} >> backups/nightly.log 2>&1"]
        limit = f"$(( $(stat -c %s {values['dump'].replace(values['date'], values['prev'])}) * {params['percent']} / 102400 ))"
        cut = f"trap '' XFSZ; ulimit -f {limit}; " if params["truncated"] else ""
        lines.append(f"( {cut}./backup.sh {values['date']} ) >> backups/nightly.log 2>&1 || true")
        if params["server"] == "down":
            lines.append("pg_ctl -D ~/pg/data -m fast stop > /dev/null")
    else:
        lines += [f"sqlite3 {values['db']}.db < ../.dbinit/seed.sql",
                  f"./backup.sh {values['prev']} >> backups/nightly.log",
                  f"./backup.sh {values['date']} >> backups/nightly.log"]
        if params["damage"] != "none":
            lines.append(book["damage"][params["damage"]].format(**values, file=values["dump"]))
    return "\n".join(lines) + "\n"


def _session(rng: random.Random, book: dict, params: dict, values: dict) -> Session:
    fmt = lambda text: text.format(**values)  # noqa: E731 - every command is a template of the variant
    session = Session(rng).look_some([fmt(look) for look in book["first_looks"]], 1, 2)
    if params["store"] == "sqlite":
        return _sqlite(rng, session, book["sqlite"], params, fmt)
    return _postgres(rng, session, book["pg"], params, fmt)


def _sqlite(rng: random.Random, session: Session, book: dict, params: dict, fmt) -> Session:  # noqa: ANN001
    check = fmt(rng.choice(book["checks"]))
    if params["damage"] == "none":
        session.run(check)
        return _counts(rng, session, book, fmt)
    session.failure("damaged", "data_corruption", "database administrator", fmt("{dump}"))
    session.fail(check, "damaged", shown_by="missing from index" if params["damage"] == "index_row" else None)
    session.look_some(_unseen(session, [fmt(look) for look in book["looks"]]), 1, 2)
    if params["outcome"] == "open":
        return session
    _recopy(rng, session, book, params, fmt)
    session.retry(check, "damaged")
    return _counts(rng, session, book, fmt)


def _recopy(rng: random.Random, session: Session, book: dict, params: dict, fmt) -> None:  # noqa: ANN001
    """A fresh `.backup` of the live file; SQLite cannot open a cut copy to write over it, so a person who
    tries that first moves the copy aside after the error."""
    recopy = fmt(rng.choice(book["fix"]))
    if params["aside"] == "none" and params["damage"] == "truncated":
        session.fail(recopy, "damaged")
        session.run(fmt(rng.choice(list(book["aside"].values()))))
    elif params["aside"] != "none":
        session.run(fmt(book["aside"][params["aside"]]))
    session.run(recopy)


def _postgres(rng: random.Random, session: Session, book: dict, params: dict, fmt) -> Session:  # noqa: ANN001
    """A down server, a missing scratch database and the truncated dump, in the order a restore meets them."""
    running = params["server"] == "running"
    session.look_some([fmt(look) for look in book["before_restore"] if running or not look.startswith("psql")], 0, 1)
    restore = fmt(rng.choice(book["restores"])) + (" 2>&1 | tail -n 3" if params["piped"] else "")
    create = fmt(book["creates"][0])
    first = restore if params["nodb"] else create  # straight to pg_restore, or createdb first
    last = "truncated" if params["truncated"] else "nodb" if params["nodb"] else "down"
    pending: list[str] = []
    if not running:
        _fail(session, params, first, restore, "down", fmt)
        session.look_some([fmt(look) for look in book["down_looks"]], 1, 2)
        if params["outcome"] == "open" and last == "down":
            return session
        session.run(book["start"])
        if first == restore:
            pending = ["down"]
        else:
            session.run(create, resolves=["down"])
    elif first == create:
        session.run(create)
    if params["nodb"]:
        _fail(session, params, restore, restore, "nodb", fmt, pending)
        session.look_some(["psql -l", "psql -l | grep " + fmt("{db}")], 0, 1)
        if params["outcome"] == "open" and last == "nodb":
            return session
        session.run(create)
        pending = ["nodb"]
    if params["truncated"]:
        _fail(session, params, restore, restore, "truncated", fmt, pending)
        session.look_some(_unseen(session, [fmt(look) for look in book["truncated_looks"]]), 1, 2)
        if params["outcome"] == "open":
            return session
        session.run(fmt(rng.choice(book["redump"])))
        pending = ["truncated"]
        if params["stale"]:  # restored over what the cut dump left behind
            _fail(session, params, restore, restore, "stale", fmt, pending)
            pending = ["stale"]
        session.run(fmt(rng.choice(book["recreate"])))
    session.run(restore, resolves=pending)
    return _counts(rng, session, book, fmt)


def _counts(rng: random.Random, session: Session, book: dict, fmt) -> Session:  # noqa: ANN001
    """Row counts of one or both tables in the backup and the live database, compared side by side."""
    form, places = rng.choice(book["counts"]), [fmt(place) for place in book["places"]]
    rng.shuffle(places)
    for table in rng.sample([fmt("{P}"), fmt("{C}")], rng.randint(1, 2)):
        session.look(*[form.format(where=where, table=table) for where in places])
    return session


def _fail(session: Session, params: dict, command: str, restore: str, hurdle: str, fmt,  # noqa: ANN001
          resolves: list[str] = ()) -> None:
    """Declare `hurdle` and show it; a piped pg_restore shows it behind tail's exit 0."""
    _declare(session, hurdle, fmt)
    piped = {"shown_by": SHOWN_BY[hurdle]} if params["piped"] and command == restore else {}
    session.fail(command, hurdle, resolves=list(resolves), **piped)


def _declare(session: Session, hurdle: str, fmt) -> None:  # noqa: ANN001
    facts = {"down": ("connection_refused", "service operator", "/var/run/postgresql/.s.PGSQL.5432"),
             "nodb": ("not_found", "database administrator", fmt('database "{verify}" does not exist')),
             "truncated": ("data_corruption", "database administrator", fmt("{dump}")),
             "stale": ("runtime_error", "database administrator", "already exists")}[hurdle]
    session.failure(hurdle, *facts)


def _unseen(session: Session, commands: list[str]) -> list[str]:
    """The commands not typed yet in this session (nobody cats the same file twice in a row)."""
    typed = {step["command"] for step in session.steps}
    return [command for command in commands if command not in typed]
