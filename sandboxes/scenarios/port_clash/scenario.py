"""A dev server will not start because an old process still holds its port: the developer reads the real
`Address already in use`, finds the holder (ss, lsof, fuser, pgrep, ps), frees the port (kill, fuser -k,
pkill) or moves to another port, and starts again — or the port is free from the start, or they stop early.
The servers are files/project/; what holds the port and the commands typed are data.yaml."""
from __future__ import annotations

import random
import re
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
SERVER_TIMEOUT_S = 20.0
APP_FILES = {"http-server": ["project/index.html", "project/style.css"], "argparse": ["project/app.py"],
             "env-port": ["project/server.py"]}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    app, port, holder = rng.choice(book["apps"]), rng.choice(book["ports"]), rng.choice(book["holders"])
    outcome = rng.choices(["success", "resolved", "unresolved"], weights=[3, 5, 2])[0]
    explicit = rng.random() < 0.6
    default_port = 8000 if app["kind"] == "http-server" else (rng.choice(book["ports"]) if explicit else port)
    clash = outcome != "success"
    remedy = rng.choice(list(book["remedies"])) if outcome == "resolved" else "none"
    params = {
        "port": port, "app": app["kind"], "outcome": outcome, "holder": holder["kind"] if clash else "none",
        "explicit_port": explicit or port != default_port, "default_port": default_port,
        "finder": _finder(holder, remedy, rng) if clash else "none", "remedy": remedy,
        "ending": rng.choice(book["endings"]) if outcome == "unresolved" else "none",
        "retry_first": clash and rng.random() < 0.25, "peek": clash and holder["speaks_http"] and rng.random() < 0.3,
        "verify_free": rng.random() < 0.4, "background_run": rng.random() < 0.45,
        "verify_curl": rng.random() < 0.75, "show_log": rng.random() < 0.4, "localhost": rng.random() < 0.5,
        "noise": rng.random() < 0.4, "noise_port": rng.choice(book["noise_ports"]),
        "prelude": rng.choice(book["preludes"]), "theme": rng.choice(book["themes"]),
    }
    params["alt_port"] = _alt_port(port, rng) if remedy == "other-port" else 0
    skip = tuple(path for kind, paths in APP_FILES.items() if kind != app["kind"] for path in paths)
    files = project_files(HERE, {"app": app["kind"], "theme": params["theme"], "default": default_port}, dest="",
                          skip=skip)
    session = Session(rng)
    if clash:
        session.failure("port", "address_in_use", "service operator", str(port))
    return _steps(session, app, holder, params).fields(params, files, background=_background(app, holder, params))


def _finder(holder: dict, remedy: str, rng: random.Random) -> str:
    """A way to look that fits: nobody greps for an unknown `nc`, and `pkill -f script` needs the command line."""
    finders, grep_finders = sorted(data(HERE)["finders"]), data(HERE)["grep_finders"]
    if not holder["pattern"] and holder["kind"] != "same-app":
        return rng.choice([name for name in finders if name not in grep_finders])
    return rng.choice(grep_finders if remedy == "pkill" and holder["kind"] != "same-app" else finders)


def _alt_port(port: int, rng: random.Random) -> int:
    """The port a developer moves to: the next one up, or another usual dev port (never a busy one)."""
    ports = data(HERE)["ports"]
    if port + 1 not in ports and rng.random() < 0.5:
        return port + 1
    return rng.choice([candidate for candidate in ports if candidate != port])


def _fill(template: str, **values: object) -> str:
    """A data.yaml command with its {port}, {pattern}, ... filled in ({{pid}} stays for the capture)."""
    return re.sub(r"(?<!\{)\{(\w+)\}(?!\})", lambda match: str(values.get(match[1], match[0])), template)


# --- what the developer types --------------------------------------------------------------------------
def _start(app: dict, params: dict, port: int, background: bool = False) -> str:
    """The start command, with the port given the app's way (or left to its default); `nohup ... &` form."""
    given = port != params["default_port"] or params["explicit_port"]
    env = f"{app['env']}={port} " if given and app["env"] else ""
    argv = app["argv"] + (_fill(app["port_flag"], port=port) if given else "")
    return f"{env}nohup {argv} > {app['log']} 2>&1 &" if background else env + argv


def _url(params: dict, port: int, path: str) -> str:
    return f"http://{'localhost' if params['localhost'] else '127.0.0.1'}:{port}{path}"


def _holder_view(app: dict, holder: dict) -> dict:
    """The holder's pattern, process regex and pkill command; the app's own when an old run of it holds it."""
    if holder["kind"] == "same-app":
        return {"pattern": app["pattern"], "proc": app["proc"], "pkill": f"pkill -f {app['pattern']}"}
    return holder


def _steps(session: Session, app: dict, holder: dict, params: dict) -> Session:
    """[look around] start -> clash [-> again] [-> curl the holder] -> find -> free or move -> start for good,
    or stop with the port still taken."""
    port, outcome, remedy = params["port"], params["outcome"], params["remedy"]
    if params["prelude"]:
        session.run(params["prelude"])
    if outcome == "success":
        session.look(*[f"ss -ltn 'sport = :{port}'"] * params["verify_free"])
        return _run(session, app, params, port)
    for _ in range(1 + params["retry_first"]):
        session.fail(_start(app, params, port), "port", timeout_s=SERVER_TIMEOUT_S)
    if params["peek"]:
        session.run(f"curl -sI {_url(params, port, '/')}")
    view, book = _holder_view(app, holder), data(HERE)
    finder, action = book["finders"][params["finder"]], book["remedies"].get(remedy, "")
    capture = {"captures": {"pid": _fill(finder["pid"], port=port, proc=view["proc"])}} if "{{pid}}" in action else {}
    session.run(_fill(finder["command"], port=port, pattern=view["pattern"]), **capture)
    if outcome == "unresolved":
        return _give_up(session, app, params)
    command = _fill(action, port=port, pkill=view["pkill"], alt_port=params["alt_port"])
    confirm = {"answers": [{"expect": book["confirm"], "send": "y\r"}]} if remedy == "fuser-k-i" else {}
    session.run(command, **confirm)
    new_port = params["alt_port"] if remedy == "other-port" else port
    if params["verify_free"] and remedy != "other-port":  # other-port already checked the new port
        session.run(f"ss -ltn 'sport = :{new_port}'")
    return _run(session, app, params, new_port, resolves=("port",))


def _give_up(session: Session, app: dict, params: dict) -> Session:
    """The developer stops with the port still taken: after looking, after one more start, or after declining
    to kill the holder (fuser then exits 1, and the port is as taken as before)."""
    if params["ending"] == "declined":
        answers = [{"expect": data(HERE)["confirm"], "send": "n\r"}]
        return session.fail(f"fuser -k -i {params['port']}/tcp", "port", answers=answers)
    if params["ending"] == "retry":
        return session.fail(_start(app, params, params["port"]), "port", timeout_s=SERVER_TIMEOUT_S)
    return session


def _run(session: Session, app: dict, params: dict, port: int, resolves: tuple[str, ...] = ()) -> Session:
    """Start the server for good: in the foreground until its ready line, or in the background and probed."""
    if not params["background_run"]:
        return session.serve(_start(app, params, port), app["ready"], resolves, timeout_s=SERVER_TIMEOUT_S)
    session.retry(_start(app, params, port, background=True), *resolves)
    if not params["verify_curl"]:
        return session.run("jobs")
    flags = "-sI" if app["kind"] == "http-server" else "-s"
    # typing is not slowed down for real, so the developer gives the server a second before probing it
    session.run(f"sleep 1; curl {flags} {_url(params, port, app['probe'])}")
    return session.look(*[f"tail -n 5 {app['log']}"] * params["show_log"])


# --- the sandbox before the session --------------------------------------------------------------------
def _background(app: dict, holder: dict, params: dict) -> list[dict]:
    """The holder (unless the port is free this time) and maybe an unrelated listener, for ss to show too;
    the holder never matches the other's grep/pkill pattern (netcat's neighbour is a docs server)."""
    processes = []
    if params["outcome"] != "success":
        command = _fill(holder["command"], port=params["port"], same=_same_app_command(app, params))
        processes.append({"command": command, "ready": f"ss -ltn | grep -q ':{params['port']} '"})
    if params["noise"]:
        neighbour = next(other for other in data(HERE)["holders"]
                         if other["kind"] == ("docs-server" if holder["kind"] == "netcat" else "netcat"))
        processes.append({"command": _fill(neighbour["command"], port=params["noise_port"]),
                          "ready": f"ss -ltn | grep -q ':{params['noise_port']} '"})
    return processes


def _same_app_command(app: dict, params: dict) -> str:
    """The developer's own start line, as an earlier, forgotten run of it (exec'd so ps shows just it)."""
    command = _start(app, params, params["port"])
    if app["env"] and command.startswith(f"{app['env']}="):
        env, _, rest = command.partition(" ")
        return f"{env} exec {rest}"
    return f"exec {command}"
