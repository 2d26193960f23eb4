"""A small Python app on a local Redis (redis.conf in the project, settings in .env): `redis-cli ping` or the
app is refused because nothing listens yet, the developer looks (ss, ps, the config), starts redis-server
and pings again; a requirepass shows `(error) NOAUTH` behind exit 0 until the password is given; the app's
.env may point at the wrong port or lack or misspell the password, fixed with sed — or the developer stops
with the failure open. Or everything is already up and answers."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
MISTAKES = {"none": 3, "wrong_port": 2, "no_password": 2, "wrong_password": 2}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    theme = rng.choice(book["themes"])
    outcome = rng.choices(["success", "resolved", "open"], weights=[2, 5, 3])[0]
    auth = rng.random() < 0.6
    params = {"script": theme["script"], "port": rng.choice(book["ports"]), "auth": auth,
              "daemonize": rng.choice(["yes", "no"]), "outcome": outcome, "server": "running",
              "app_mistake": "none", "cli_auth_first": not auth or rng.random() < 0.4, "first_check": "cli",
              "auth_ping": rng.randrange(len(book["auth_pings"])), "db": rng.randint(0, 3),
              "args": rng.choice(theme["args"]), "host_flag": rng.choice(book["hosts"])}
    if outcome != "success":
        _draw_problems(rng, params)
    else:
        params["cli_auth_first"] = True
    values = _values(rng, book, theme, params)
    files = [*project_files(HERE, values), _app(theme["script"])]
    background = [] if params["server"] == "down" else [{
        "command": "cd project && exec redis-server redis.conf --daemonize no",
        "ready": f"ss -ltn | grep -q ':{params['port']} '"}]
    session = _session(rng, book, params, values)
    return session.fields(params, files, background=background)


def _draw_problems(rng: random.Random, params: dict) -> None:
    """At least one problem: the server down, a NOAUTH ping, or a mistake in the app's .env."""
    while True:
        params["server"] = rng.choice(["down", "down", "running"])
        allowed = {kind: weight for kind, weight in MISTAKES.items() if params["auth"] or "password" not in kind}
        params["app_mistake"] = rng.choices(list(allowed), weights=list(allowed.values()))[0]
        params["cli_auth_first"] = not params["auth"] or rng.random() < 0.4
        wrong_port = params["app_mistake"] == "wrong_port"  # refused twice on another port: shown by the cli first
        params["first_check"] = "app" if params["server"] == "down" and not wrong_port and rng.random() < 0.4 else "cli"
        if params["server"] == "down" or params["app_mistake"] != "none" or not params["cli_auth_first"]:
            return


def _values(rng: random.Random, book: dict, theme: dict, params: dict) -> dict:
    password = rng.choice(book["passwords"]) if params["auth"] else ""
    mistake = params["app_mistake"]
    app_password = {"no_password": "", "wrong_password": rng.choice(book["stale_passwords"])}.get(mistake, password)
    app_port = rng.choice(book["wrong_ports"]) if mistake == "wrong_port" else params["port"]
    return {"project": theme["project"], "blurb": theme["blurb"], "script": theme["script"], "port": params["port"],
            "daemonize": params["daemonize"], "password": password, "app_password": app_password,
            "app_port": app_port, "db": params["db"], "args": params["args"], "host": params["host_flag"]}


def _app(script: str) -> dict:
    return {"path": f"project/{script}", "content": (HERE / "apps" / script).read_text(encoding="utf-8"), "mode": 0o755}


def _session(rng: random.Random, book: dict, params: dict, values: dict) -> Session:
    """The server phase (refused, start, ping, NOAUTH), then the app phase (its .env mistake), then a peek."""
    fmt = lambda text: text.format(**values)  # noqa: E731 - every command is a template of the variant
    session = Session(rng).look_some([fmt(look) for look in book["first_looks"]], 1, 2)
    app = f"python3 {values['script']}{values['args']}"
    plain, authed = _pings(book, params, values)
    first_ping = authed if params["auth"] and params["cli_auth_first"] else plain
    pending: list[str] = []
    if params["server"] == "down":
        check = app if params["first_check"] == "app" else first_ping
        port = values["port"]
        facts = [f"127.0.0.1:{port}"] if check == app else [str(port)]
        session.failure("refused", "connection_refused", "service operator", *facts)
        _step(session, check, book, values, fail="refused")
        session.look_some(_unseen(session, [fmt(look) for look in book["down_looks"]]), 1, 2)
        if _last(params, "refused"):
            return _step(session, check, book, values, fail="refused") if rng.random() < 0.5 else session
        session.run(rng.choice(book["starts"][params["daemonize"]])).look_some(book["after_start"], 0, 1)
        pending = ["refused"]
        if check == app:
            return _app_phase(rng, session, book, params, values, app, pending)
    else:
        session.look_some(["pgrep -a redis-server", "ss -ltn"], 0, 1)
    if first_ping == plain and params["auth"]:
        session.failure("noauth", "auth_or_credentials", "security", "NOAUTH")
        session.fail(plain, "noauth", shown_by="NOAUTH", resolves=pending)
        session.look_some(_unseen(session, book["auth_looks"]), 1, 1)
        if _last(params, "noauth"):
            return session
        _step(session, authed, book, values, resolves=["noauth"])
    else:
        _step(session, first_ping, book, values, resolves=pending)
    return _app_phase(rng, session, book, params, values, app, [])


def _pings(book: dict, params: dict, values: dict) -> tuple[str, dict]:
    """The plain ping, and the ping with the password in the drawn form (one a retry can follow a NOAUTH with)."""
    plain = "redis-cli {host}-p {port} ping".format(**values)
    form = book["auth_pings"][params["auth_ping"]]
    if form.get("first_only") and not params["cli_auth_first"] and not values["host"]:
        form = book["auth_pings"][0]
    return plain, {**form, "form": form["form"].format(**values)}


def _step(session: Session, command: str | dict, book: dict, values: dict, fail: str | None = None,
          resolves: list[str] = ()) -> Session:
    """Run a command (a ping form may answer a password prompt), failing with `fail` or resolving `resolves`."""
    extra = {}
    if isinstance(command, dict):
        if "prompt" in command:
            extra["answers"] = [{"expect": command["prompt"], "send": values["password"] + "\r"}]
        command = command["form"]
    if fail:
        return session.fail(command, fail, **extra)
    return session.run(command, resolves=list(resolves), **extra)


def _last(params: dict, failure: str) -> bool:
    """Whether `failure` is the one left open: the session's last problem in an open outcome."""
    if params["outcome"] != "open":
        return False
    later = {"refused": params["app_mistake"] != "none" or not params["cli_auth_first"] and params["first_check"] == "cli",
             "noauth": params["app_mistake"] != "none", "app": False}
    return not later[failure]


def _app_phase(rng: random.Random, session: Session, book: dict, params: dict, values: dict, app: str,
               pending: list[str]) -> Session:
    """The app run: it works, or fails on its .env (wrong port, no or a stale password) until fixed."""
    mistake = params["app_mistake"]
    if mistake == "none":
        session.run(app, resolves=pending)
        return _peek(rng, session, book, params, values)
    spec = book["app_failures"][mistake]
    session.failure("app", spec["category"], spec["owner"], *[fact.format(**values) for fact in spec["facts"]])
    session.fail(app, "app", resolves=pending)
    session.look_some(_unseen(session, [look.format(**values) for look in book["app_looks"][mistake]]), 1, 2)
    if _last(params, "app"):
        return session
    session.run(rng.choice(book["app_fixes"][mistake]).format(**values)).run(app, resolves=["app"])
    return _peek(rng, session, book, params, values)


def _peek(rng: random.Random, session: Session, book: dict, params: dict, values: dict) -> Session:
    """Sometimes a look at what the app stored, with the password where the server wants one."""
    if rng.random() < 0.5:
        auth = f" --no-auth-warning -a {values['password']}" if params["auth"] else ""
        session.run(rng.choice(book["peeks"][values["script"]]).format(**values, auth=auth))
    return session


def _unseen(session: Session, commands: list[str]) -> list[str]:
    """The commands not typed yet in this session (nobody cats the same file twice in a row)."""
    typed = {step["command"] for step in session.steps}
    return [command for command in commands if command not in typed]
