"""SQL migrations applied to a local MariaDB, with a small PHP runner (`php migrate.php`, PDO) or file by file
with the mysql client: before the server is started they fail with error 2002; the database may not exist yet
(1049); a migration may hold a foreign key InnoDB refuses (errno 150: a signedness or type mismatch, a missing
referenced column, SET NULL on a NOT NULL column, a table created only later), or meet a table that already
exists (1050) or duplicate rows under a new unique key (1062). The developer reads the error, looks (SHOW
ENGINE INNODB STATUS, SHOW CREATE TABLE, the file), fixes it and re-applies — or stops with it open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
PROBLEMS = {"none": 2, "fk": 5, "order": 2, "exists": 2, "dup": 2}
SHOWN_BY = {"php": r"SQLSTATE\[", "mysql": r"^ERROR \d+"}  # the error behind tee's exit 0


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    theme = rng.choice(book["themes"])
    outcome = rng.choices(["success", "resolved", "open"], weights=[2, 5, 3])[0]
    problem = "none" if outcome == "success" else rng.choices(list(PROBLEMS), weights=list(PROBLEMS.values()))[0]
    existing = problem in ("exists", "dup")  # a database someone already worked on: the server is up
    server = "running" if outcome == "success" or existing else rng.choice(["down", "down", "running"])
    missing_db = not existing and outcome != "success" and (server == "down" or rng.random() < 0.3)
    if outcome != "success" and problem == "none" and server == "running":
        missing_db = True  # a failing session needs something to fail
    runner = rng.choice(["php", "mysql"])
    params = {"app": theme["app"], "runner": runner, "outcome": outcome, "problem": problem, "server": server,
              "missing_db": missing_db, "create_first": missing_db and problem != "none" and rng.random() < 0.4,
              "fk_mistake": rng.choice(sorted(book["fk_mistakes"])) if problem == "fk" else "none",
              "db_host": rng.choice(["localhost", "127.0.0.1"]), "client_user": rng.choice(["dev", "app"]),
              "tee": rng.random() < 0.25, "start": rng.randrange(len(book["starts"])),
              "fix_form": rng.randrange(2), "verify": rng.random() < 0.6}
    names = theme
    files, order = _migrations(book, params, names)
    dup = _dup_rows(rng, book) if problem == "dup" else None
    values = {"app": theme["app"], "database": theme["db"], "db_host": params["db_host"]}
    state = _state(book, params, names, order, dup)
    all_files = [*files, *project_files(HERE, values), {"path": ".dbinit/state.sql", "content": state}]
    setup = [] if server == "down" else [  # the server someone left running, with what the database holds
        "(mysqld_safe > /dev/null 2>&1 &); until mysqladmin ping > /dev/null 2>&1; do sleep 0.2; done",
        "mysql < .dbinit/state.sql"]
    session = _session(rng, book, params, names, order, dup)
    return session.fields(params, all_files, setup=setup)


def _migrations(book: dict, params: dict, names: dict) -> tuple[list[dict], list[str]]:
    """The migration files (with the drawn mistake in them) and their names in the order they sort."""
    entries = [[name.format(**names), sql.format(**names)] for name, sql in book["migrations"]]
    if params["problem"] == "order":  # the catalog comes last, after the link table that references it
        entries = [entries[0], entries[4], entries[2], entries[3], entries[1]]
    if params["problem"] == "fk":
        old, new = (part.format(**names) for part in book["fk_mistakes"][params["fk_mistake"]]["edit"])
        entries[2][1] = entries[2][1].replace(old, new)
    order = [f"{number:03d}_{name}" for number, (name, _) in enumerate(entries, 1)]
    files = [{"path": f"project/migrations/{name}.sql", "content": sql} for name, (_, sql) in zip(order, entries)]
    return files, order


def _dup_rows(rng: random.Random, book: dict) -> dict:
    people = rng.sample(book["names"], rng.randint(4, 6))
    domain = rng.choice(book["domains"])
    rows = [(name, name.lower().replace(" ", ".") + "@" + domain) for name in people]
    first = rng.randrange(len(rows) - 1)
    rows.append((rows[first][0], rows[first][1]))  # the same person signed up twice
    return {"rows": rows, "email": rows[first][1], "dup_id": len(rows)}


def _state(book: dict, params: dict, names: dict, order: list[str], dup: dict | None) -> str:
    """What the database already holds when the session starts (loaded once the server is up)."""
    if params["missing_db"] or params["server"] == "down":
        return "SELECT 1;\n"
    sql = [f"CREATE DATABASE {names['db']};", f"USE {names['db']};"]
    if params["problem"] == "exists":  # created by hand from an old dump, never recorded as migrated
        sql += [book["migrations"][0][1].format(**names)]
    if params["problem"] == "dup":
        sql += [migration[1].format(**names) for migration in book["migrations"][:4]]
        sql += ["CREATE TABLE migrations (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY, "
                "migration VARCHAR(190) NOT NULL UNIQUE, batch INT NOT NULL);"]
        sql += [f"INSERT INTO migrations (migration, batch) VALUES ('{name}', 1);" for name in order[:4]]
        sql += [f"INSERT INTO {names['P']} (name, email) VALUES ('{name}', '{email}');" for name, email in dup["rows"]]
    return "\n".join(sql) + "\n"  # app may use every app_* database (granted in the image)


class Runner:
    """How migrations are applied: `php migrate.php` runs all that are pending; the mysql client one file."""

    def __init__(self, params: dict, names: dict) -> None:
        self.params, self.names = params, names
        self.tee = " 2>&1 | tee -a migrate.log" if params["tee"] else ""
        self.user = "-u app -p " if params["client_user"] == "app" and params["runner"] == "mysql" else ""

    def command(self, file: str) -> str:
        if self.params["runner"] == "php":
            return "php migrate.php" + self.tee
        return f"mysql {self.user}{self.names['db']} < migrations/{file}.sql{self.tee}"

    def extra(self, fails: bool = False) -> dict:
        """The password prompt of `mysql -u app -p`, and where tee hides a failure's exit code, what shows it."""
        extra = {"answers": [{"expect": "Enter password:", "send": "app-secret\r"}]} if self.user else {}
        return extra | ({"shown_by": SHOWN_BY[self.params["runner"]]} if self.tee and fails else {})


def _session(rng: random.Random, book: dict, params: dict, names: dict, order: list[str], dup: dict | None) -> Session:
    db, runner, problem = names["db"], Runner(params, names), params["problem"]
    broken = {"none": len(order), "fk": 2, "order": 3, "exists": 0, "dup": 4}[problem]
    at = 4 if problem == "dup" else 0  # someone already applied the first four
    fmt = lambda text, index=broken: text.format(**names, file=f"migrations/{order[min(index, 4)]}.sql",  # noqa: E731
                                                 name=order[min(index, 4)], **(dup or {}))
    session = Session(rng).look_some([fmt(look) for look in book["first_looks"]], 1, 2)
    if params["server"] == "running" and params["runner"] == "php" and not params["missing_db"]:
        session.look_some(["php migrate.php status"], 0, 1)
    elif problem in ("dup", "exists"):
        session.look(fmt("mysql -e 'SHOW TABLES FROM {db}'"))
    pending: list[str] = []
    if params["server"] == "down":
        facts = ["/run/mysqld/mysqld.sock"] if params["runner"] == "mysql" else [f"{params['db_host']}:3306"]
        session.failure("down", "connection_refused", "service operator", *facts)
        session.fail(runner.command(order[at]), "down", **runner.extra(fails=True))
        session.look_some(book["server_looks"], 1, 2)
        if _open_at(params, "down"):
            return session
        session.look(*book["starts"][params["start"]])
        pending = ["down"]
    if params["missing_db"] and params["create_first"]:
        session.run(rng.choice(book["create_db"]).format(db=db))
    elif params["missing_db"]:
        session.failure("nodb", "not_found", "database administrator", db)
        session.fail(runner.command(order[at]), "nodb", resolves=pending, **runner.extra(fails=True))
        session.look_some(_unseen(session, ["mysql -e 'SHOW DATABASES'", "cat .env", "mysqlshow"]), 0, 1)
        if _open_at(params, "nodb"):
            return session
        session.run(rng.choice(book["create_db"]).format(db=db))
        pending = ["nodb"]
    if params["runner"] == "mysql":
        while at < broken and at < len(order):  # the files before the broken one apply cleanly
            session.run(runner.command(order[at]), resolves=pending, **runner.extra())
            at, pending = at + 1, []
    if problem == "none":
        if params["runner"] == "php":
            session.run(runner.command(""), resolves=pending, **runner.extra())
        return _verify(rng, session, book, params, fmt)
    _declare(session, params, names, dup)
    session.fail(runner.command(order[broken]), "schema", resolves=pending, **runner.extra(fails=True))
    if problem == "dup":  # the row to delete is found by its email, which the error names
        session.look_some([fmt(book["dup_looks"][0])], 0, 1).look(fmt(book["dup_looks"][1]))
    else:
        looks = book[{"fk": "fk_looks", "order": "order_looks", "exists": "exists_looks"}[problem]]
        if params["runner"] == "mysql":  # only the PHP runner keeps a migrations table
            looks = [look for look in looks if ".migrations" not in look]
        session.look_some(_unseen(session, [fmt(look) for look in looks]), 1, 2)
    if params["outcome"] == "open":
        return session
    _fix(session, book, params, runner, order, fmt)
    session.retry(runner.command(order[broken]), "schema", **runner.extra())
    if params["runner"] == "mysql" and problem in ("fk", "exists"):
        for file in order[broken + 1:]:
            session.run(runner.command(file), **runner.extra())
    return _verify(rng, session, book, params, fmt)


def _declare(session: Session, params: dict, names: dict, dup: dict | None) -> None:
    problem, db = params["problem"], names["db"]
    if problem in ("fk", "order"):
        table = names["C"] if problem == "fk" else names["L"]
        session.failure("schema", "runtime_error", "database administrator", f"`{db}`.`{table}`", "errno: 150")
    elif problem == "exists":
        session.failure("schema", "runtime_error", "database administrator", f"'{names['P']}'")
    else:
        session.failure("schema", "data_corruption", "database administrator", dup["email"], f"{names['P']}_email_unique")


def _fix(session: Session, book: dict, params: dict, runner: Runner, order: list[str], fmt) -> None:  # noqa: ANN001
    problem = params["problem"]
    if problem == "fk":
        session.run(fmt(book["fk_mistakes"][params["fk_mistake"]]["fix"]))
    elif problem == "exists":
        fixes = book["exists_fixes"][params["runner"]]
        session.run(fmt(fixes[params["fix_form"] % len(fixes)]))
    elif problem == "dup":
        session.run(fmt(book["dup_fix"]))
    elif params["runner"] == "php":  # number the catalog's migration before the tables that reference it
        session.run(f"mv migrations/{order[4]}.sql migrations/002b_{order[4][4:]}.sql").look_some(["ls migrations"], 0, 1)
    else:
        session.run(runner.command(order[4]), **runner.extra())


def _open_at(params: dict, failure: str) -> bool:
    """Whether the session stops with `failure` open: the last failure of an open outcome."""
    if params["outcome"] != "open":
        return False
    later = params["problem"] != "none" or failure == "down" and params["missing_db"] and not params["create_first"]
    return not later


def _verify(rng: random.Random, session: Session, book: dict, params: dict, fmt) -> Session:  # noqa: ANN001
    if params["verify"]:
        looks = [*book["verify"], "php migrate.php status"] if params["runner"] == "php" else book["verify"]
        session.run(fmt(rng.choice(looks)))
    return session


def _unseen(session: Session, commands: list[str]) -> list[str]:
    """The commands not typed yet in this session (nobody cats the same file twice in a row)."""
    typed = {step["command"] for step in session.steps}
    return [command for command in commands if command not in typed]
