"""`alembic upgrade head` on a SQLite project after a teammate's migrations arrived: it applies cleanly, or
a revision names a table that does not exist (`no such table`), a unique index meets duplicate rows
(`UNIQUE constraint failed`), a new revision lost its down_revision (two heads) or names a parent that is
not there. The developer looks at the chain and the database (alembic history, sqlite3), fixes the
revision file with sed or the rows with sqlite3 and upgrades again — or stops with the failure open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files, render

HERE = Path(__file__).parent
FAULTS = ("none", "wrong_table", "duplicates", "missing_down", "typo_down")
EXTRAS = ("add_column", "unique_email", "create_child", "child_index")
BREAKABLE = ("add_column", "unique_email", "child_index")  # operations that name an existing table
SHOWN = r"no such table|UNIQUE constraint failed|Multiple head revisions|is not present"
HEX = "0123456789abcdef"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    fault = rng.choices(FAULTS, weights=[4, 3, 3, 2, 2])[0]
    chain = _chain(rng, fault)
    faulty, applied = _positions(rng, chain, fault)
    runner, style = rng.choice([r for r in book["runners"] if not (r[1] == "tail" and fault == "typo_down")])
    params = {
        "domain": rng.choice(book["domains"])["table"], "column": rng.choice(book["columns"])["name"],
        "db": rng.choice(book["databases"]), "scripts": rng.choice(book["script_locations"]),
        "revisions": chain, "applied": applied, "fault": fault, "faulty": chain[faulty] if faulty >= 0 else "",
        "runner": runner, "piped": style != "plain", "fix": fault != "none" and rng.random() < 0.65,
    }
    domain = next(d for d in book["domains"] if d["table"] == params["domain"])
    column = next(c for c in book["columns"] if c["name"] == params["column"])
    names = {**domain, "column": column["name"], "kind": column["kind"]}
    revisions = _revisions(rng, chain, names, fault, faulty)
    rows = _rows(rng, book, fault) if applied else []
    files = _files(params, revisions, rows, domain["table"])
    session = _session(rng, book, params, names, revisions, faulty)
    return session.fields(params, files, setup=_setup(params, revisions))


def _chain(rng: random.Random, fault: str) -> list[str]:
    """create_table first, then 2-4 more in a drawn order (the child table before its index)."""
    extras = rng.sample(EXTRAS, rng.randint(2, 4))
    if fault == "duplicates" and "unique_email" not in extras:
        extras[0] = "unique_email"
    if "child_index" in extras and "create_child" not in extras:
        extras.append("create_child")
    if "child_index" in extras and extras.index("child_index") < extras.index("create_child"):
        first, second = extras.index("child_index"), extras.index("create_child")
        extras[first], extras[second] = extras[second], extras[first]
    return ["create_table", *extras]


def _positions(rng: random.Random, chain: list[str], fault: str) -> tuple[int, int]:
    """The faulty revision's index (-1: none) and how many revisions the local database already has."""
    if fault == "none":
        return -1, rng.randint(0, len(chain) - 1)
    if fault == "duplicates":
        at = chain.index("unique_email")
        return at, rng.randint(1, at)  # rows exist, the unique index is still to come
    if fault == "wrong_table":
        at = rng.choice([i for i, kind in enumerate(chain) if kind in BREAKABLE])
        return at, rng.randint(0, at)
    return len(chain) - 1, rng.randint(0, len(chain) - 1)  # the newest revision's parent is wrong


def _revisions(rng: random.Random, chain: list[str], names: dict, fault: str, faulty: int) -> list[dict]:
    book, found, parent = data(HERE), [], None
    day = rng.randint(1, 20)
    for index, kind in enumerate(chain):
        spec = book["revisions"][kind]
        ident = "".join(rng.choice(HEX) for _ in range(12))
        on = names["table"] if spec["target"] == "table" else names["child"]
        wrong = index == faulty and fault == "wrong_table"
        values = {**names, "on": _singular(on) if wrong else on}
        down = parent
        if index == faulty and fault == "missing_down":
            down = None
        elif index == faulty and fault == "typo_down":
            down = _typo(rng, parent)
        message = spec["message"].format(**values)
        found.append({"kind": kind, "id": ident, "down": down, "parent": parent, "on": on, "wrong": values["on"],
                      "file": f"{ident}_{message.replace(' ', '_')}.py", "message": message,
                      "created": f"2024-{rng.randint(2, 5):02d}-{day + index:02d} {rng.randint(8, 18):02d}:"
                                 f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999999):06d}",
                      "upgrade": spec["upgrade"].format(**values), "downgrade": spec["downgrade"].format(**values)})
        parent = ident
    return found


def _singular(table: str) -> str:
    return table.removesuffix("s")


def _typo(rng: random.Random, ident: str) -> str:
    at = rng.randrange(len(ident))
    return ident[:at] + rng.choice(HEX.replace(ident[at], "")) + ident[at + 1:]


def _rows(rng: random.Random, book: dict, fault: str) -> list[dict]:
    """The rows of the local database; with duplicates, someone was imported twice under one email."""
    people = rng.sample(book["people"], rng.randint(4, 8))
    domain = rng.choice(book["mail_domains"])
    rows = [{"name": name, "email": f"{name.lower().replace(' ', '.')}@{domain}"} for name in people]
    if fault == "duplicates":
        for row in rng.sample(rows, rng.randint(1, 2)):
            rows.insert(rng.randint(0, len(rows)), {"name": row["name"].split()[0], "email": row["email"]})
    return rows


def _files(params: dict, revisions: list[dict], rows: list[dict], table: str) -> list[dict]:
    context = {"scripts": params["scripts"], "db": params["db"], "rows": rows, "table": table}
    files = project_files(HERE, context, skip=() if rows else ("seed.sql",))
    files = [{**spec, "path": spec["path"].replace("project/migrations/", f"project/{params['scripts']}/")}
             for spec in files]
    template = (HERE / "revisions" / "revision.py.j2").read_text(encoding="utf-8")
    for rev in revisions:
        content = render(template, {"message": rev["message"], "revision": rev["id"], "down_revision": rev["down"],
                                    "created": rev["created"], "upgrade": rev["upgrade"],
                                    "downgrade": rev["downgrade"]})
        files.append({"path": f"project/{params['scripts']}/versions/{rev['file']}", "content": content})
    return files


def _setup(params: dict, revisions: list[dict]) -> list[str]:
    """The local database was upgraded before the teammate's revisions arrived, then loaded with rows."""
    if not params["applied"]:
        return []
    versions = f"project/{params['scripts']}/versions"
    pending = " ".join(f"{versions}/{rev['file']}" for rev in revisions[params["applied"]:])
    return [f"mkdir -p incoming && mv {pending} incoming/",
            f"cd project && alembic upgrade head && sqlite3 {params['db']} < seed.sql",
            f"mv incoming/*.py {versions}/ && rmdir incoming"]


def _session(rng: random.Random, book: dict, params: dict, names: dict, revisions: list[dict],
             faulty: int) -> Session:
    fault, runner = params["fault"], params["runner"]
    rev = revisions[faulty] if faulty >= 0 else revisions[-1]
    values = {"db": params["db"], "scripts": params["scripts"], "table": names["table"], "typo": rev["down"] or "",
              "path": f"{params['scripts']}/versions/{rev['file']}"}
    session = Session(rng)
    looks = [look for look in book["looks"] if not (fault == "typo_down" and look.startswith("alembic"))]
    session.look_some([look.format(**values) for look in looks], 1, 2)
    if fault == "none":
        return _checks(session.run(runner), book, values, 1, 2)
    _declare(session, fault, rev, names)
    session.fail(runner, fault, shown_by=SHOWN if params["piped"] else None)
    session.look_some([look.format(**values) for look in book["investigations"][fault]], 1, 2)
    if not params["fix"]:
        return session
    session.run(_fix(rng, fault, rev, values))
    return _checks(session.retry(runner, fault), book, values, 0, 1)


def _declare(session: Session, fault: str, rev: dict, names: dict) -> None:
    if fault == "wrong_table":
        prefix = "" if rev["kind"] == "add_column" else "main."
        session.failure(fault, "runtime_error", "database administrator", f"no such table: {prefix}{rev['wrong']}")
    elif fault == "duplicates":
        session.failure(fault, "data_corruption", "database administrator", f"{names['table']}.email")
    elif fault == "missing_down":
        session.failure(fault, "dependency_resolution", "database administrator", "Multiple head revisions")
    else:
        session.failure(fault, "dependency_resolution", "database administrator", rev["down"])


def _fix(rng: random.Random, fault: str, rev: dict, values: dict) -> str:
    table, db = values["table"], values["db"]
    path = f"{values['scripts']}/versions/{rev['id']}_*.py"  # the glob keeps the line short
    if fault == "wrong_table":
        return f"sed -i 's/\"{rev['wrong']}\"/\"{rev['on']}\"/' {path}"
    if fault == "missing_down":
        return f"sed -i \"/^down_revision/s/None/'{rev['parent']}'/\" {path}"
    if fault == "typo_down":
        return f"sed -i 's/{rev['down']}/{rev['parent']}/' {path}"
    keep = rng.choice(["MIN", "MAX"])  # which copy of a duplicated row stays
    return f'sqlite3 {db} "DELETE FROM {table} WHERE id NOT IN (SELECT {keep}(id) FROM {table} GROUP BY email)"'


def _checks(session: Session, book: dict, values: dict, low: int, high: int) -> Session:
    return session.look_some([check.format(**values) for check in book["checks"]], low, high)
