"""A dev server will not start because an old process still holds its port: the developer reads the real
`Address already in use`, finds the holder (ss, lsof, fuser, pgrep, ps), frees the port (kill, fuser -k,
pkill) or moves to another port, and starts again — or the port is free from the start, or they stop early."""
from __future__ import annotations

import random
from dataclasses import dataclass



PORTS = (3000, 4000, 5000, 5173, 8000, 8001, 8080, 8081, 8888, 9000)
NOISE_PORTS = (5432, 6379, 9229, 11211, 27017)
THEMES = ("todo", "notes", "inventory", "bookmarks", "recipes", "tickets")


@dataclass(frozen=True)
class App:
    """The developer's server: how it is started, what it prints when ready, how its process looks."""

    kind: str
    argv: str
    port_flag: str  # appended to argv to give the port ("{port}" where it goes), or "" when env takes it
    env: str  # environment variable that takes the port, or ""
    ready: str  # regex of the line printed once it listens
    pattern: str  # what a developer greps or pkills for when an old run of it holds the port
    proc: str  # regex of its command line in ps/pgrep output
    log: str  # where `nohup ... &` sends its output
    probe: str  # path to curl once it runs


APPS = (
    App("http-server", "python3 -m http.server", " {port}", "", r"Serving HTTP on", "http.server",
        r"python3 -m http\.server", "server.log", "/"),
    App("argparse", "python3 app.py", " --port {port}", "", r"listening on http://", "app.py", r"python3 app\.py",
        "app.log", "/health"),
    App("env-port", "python3 server.py", "", "PORT", r"Listening on port \d+", "server.py", r"python3 server\.py",
        "server.log", "/api/status"),
)


@dataclass(frozen=True)
class Holder:
    """What already holds the port: started detached before the session."""

    kind: str
    command: str  # shell line, "{port}" where the port goes ("{same}" for the developer's own command)
    pattern: str  # what a developer who does not know the holder greps for; "" when grepping makes no sense
    proc: str  # regex of its command line in ps/pgrep output
    speaks_http: bool
    pkill: str  # once its command line is known


HOLDERS = (
    Holder("same-app", "cd project && {same} > /dev/null 2>&1", "", "", True, ""),
    Holder("docs-server", "exec python3 -m http.server {port} --directory docs > /dev/null 2>&1", "python",
           r"python3 -m http\.server", True, "pkill -f http.server"),
    Holder("mock-api", "cd tools && exec python3 mock_api.py --port {port} > /dev/null 2>&1", "python",
           r"python3 mock_api\.py", True, "pkill -f mock_api"),
    Holder("netcat", "exec nc -lk {port} < /dev/null > /dev/null 2>&1", "", r"nc -lk", False, "pkill -x nc"),
)

# How the developer looks for the holder: command template and the capture of its PID.
FINDERS = {
    "ss": ("ss -ltnp", r":{port}\s[\s\S]*?pid=(\d+)"),
    "ss-filter": ("ss -ltnp 'sport = :{port}'", r"pid=(\d+)"),
    "ss-grep": ("ss -ltnp | grep :{port}", r"pid=(\d+)"),
    "lsof": ("lsof -i :{port}", r"^\S+\s+(\d+)\s+dev\s"),
    "lsof-listen": ("lsof -nP -iTCP:{port} -sTCP:LISTEN", r"^\S+\s+(\d+)\s+dev\s"),
    "fuser": ("fuser -v {port}/tcp", r"(\d+)\s+F\.\.\.\."),
    "pgrep": ("pgrep -af {pattern}", r"^(\d+) {proc}"),
    "ps-grep": ("ps aux | grep {pattern}", r"^dev\s+(\d+)\s.*{proc}"),
}
GREP_FINDERS = ("pgrep", "ps-grep")  # these show whole command lines; the socket tools show only "python3"
REMEDIES = ("kill", "kill-9", "fuser-k", "fuser-k-i", "pkill", "lsof-kill", "other-port")
PID_REMEDIES = {"kill": "kill {{pid}}", "kill-9": "kill -9 {{pid}}"}
PRELUDES = ("", "", "ls", "ls -la", "cat README.md")
OUTCOMES = ("success", "resolved", "unresolved")
UNRESOLVED_ENDINGS = ("investigate", "retry", "declined")
SERVER_TIMEOUT_S = 20.0


def draw(rng: random.Random) -> dict:
    app, port, holder = rng.choice(APPS), rng.choice(PORTS), rng.choice(HOLDERS)
    outcome = rng.choices(OUTCOMES, weights=[3, 5, 2])[0]
    explicit = rng.random() < 0.6
    default_port = 8000 if app.kind == "http-server" else (rng.choice(PORTS) if explicit else port)
    clash = outcome != "success"
    remedy = rng.choice(REMEDIES) if outcome == "resolved" else "none"
    params = {
        "port": port, "app": app.kind, "outcome": outcome, "holder": holder.kind if clash else "none",
        "explicit_port": explicit or port != default_port, "default_port": default_port,
        "finder": _finder(holder, remedy, rng) if clash else "none", "remedy": remedy,
        "ending": rng.choice(UNRESOLVED_ENDINGS) if outcome == "unresolved" else "none",
        "retry_first": clash and rng.random() < 0.25, "peek": clash and holder.speaks_http and rng.random() < 0.3,
        "verify_free": rng.random() < 0.4, "background_run": rng.random() < 0.45,
        "verify_curl": rng.random() < 0.75, "show_log": rng.random() < 0.4, "localhost": rng.random() < 0.5,
        "noise": rng.random() < 0.4, "noise_port": rng.choice(NOISE_PORTS),
        "prelude": rng.choice(PRELUDES), "theme": rng.choice(THEMES),
    }
    params["alt_port"] = _alt_port(port, rng) if params["remedy"] == "other-port" else 0
    failures = [{"id": "port", "category": "address_in_use", "owner": "service operator", "facts": [str(port)]}]
    return {"params": params, "files": _files(app, params), "background": _background(app, holder, params),
            "steps": _steps(app, holder, params), "failures": failures if clash else []}


def _finder(holder: Holder, remedy: str, rng: random.Random) -> str:
    """A way to look that fits: nobody greps for an unknown `nc`, and `pkill -f script` needs the command line."""
    if not holder.pattern and holder.kind != "same-app":
        return rng.choice([name for name in sorted(FINDERS) if name not in GREP_FINDERS])
    if remedy == "pkill" and holder.kind != "same-app":
        return rng.choice(GREP_FINDERS)
    return rng.choice(sorted(FINDERS))


def _alt_port(port: int, rng: random.Random) -> int:
    """The port a developer moves to: the next one up, or another usual dev port (never a busy one)."""
    if port + 1 not in PORTS and rng.random() < 0.5:
        return port + 1
    return rng.choice([candidate for candidate in PORTS if candidate != port])


# --- what the developer types --------------------------------------------------------------------------
def _start(app: App, params: dict, port: int, background: bool = False) -> str:
    """The start command, with the port given the app's way (or left to its default); `nohup ... &` form."""
    given = port != params["default_port"] or params["explicit_port"]
    env = f"{app.env}={port} " if given and app.env else ""
    argv = app.argv + (app.port_flag.format(port=port) if given else "")
    if background:
        return f"{env}nohup {argv} > {app.log} 2>&1 &"
    return env + argv


def _url(params: dict, port: int, path: str) -> str:
    host = "localhost" if params["localhost"] else "127.0.0.1"
    return f"http://{host}:{port}{path}"


def _holder_view(app: App, holder: Holder) -> tuple[str, str, str]:
    """(pattern, process regex, pkill command) of the holder; the same app's own when it holds the port."""
    if holder.kind == "same-app":
        return app.pattern, app.proc, f"pkill -f {app.pattern}"
    return holder.pattern, holder.proc, holder.pkill


def _steps(app: App, holder: Holder, params: dict) -> list[dict]:
    """[look around] start -> clash [-> again] [-> curl the holder] -> find -> free or move -> start for good."""
    port, outcome = params["port"], params["outcome"]
    steps = [{"command": params["prelude"], "expect": "ok"}] if params["prelude"] else []
    if outcome == "success":
        if params["verify_free"]:
            steps.append({"command": f"ss -ltn 'sport = :{port}'", "expect": "ok"})
        return steps + _run(app, params, port)
    start = _start(app, params, port)
    clash = {"command": start, "expect": "fail", "failure": "port", "timeout_s": SERVER_TIMEOUT_S}
    steps.append(clash)
    if params["retry_first"]:
        steps.append(dict(clash))
    if params["peek"]:
        steps.append({"command": f"curl -sI {_url(params, port, '/')}", "expect": "ok"})
    needs_pid = params["remedy"] in PID_REMEDIES
    steps.append(_find(app, holder, params, needs_pid))
    if outcome == "unresolved":
        return steps + _give_up(params, clash)
    steps.append(_remedy(app, holder, params))
    new_port = params["alt_port"] if params["remedy"] == "other-port" else port
    if params["verify_free"] and params["remedy"] != "other-port":  # other-port already checked the new port
        steps.append({"command": f"ss -ltn 'sport = :{new_port}'", "expect": "ok"})
    return steps + _run(app, params, new_port, resolves=["port"])


def _find(app: App, holder: Holder, params: dict, needs_pid: bool) -> dict:
    """The look for the holder; it captures the PID when the remedy is `kill PID`."""
    pattern, proc, _ = _holder_view(app, holder)
    template, capture = FINDERS[params["finder"]]
    step = {"command": template.format(port=params["port"], pattern=pattern), "expect": "ok"}
    if needs_pid:
        step["captures"] = {"pid": capture.replace("{port}", str(params["port"])).replace("{proc}", proc)}
    return step


def _give_up(params: dict, clash: dict) -> list[dict]:
    """The developer stops with the port still taken (maybe after declining to kill the holder: fuser then
    exits 1, and the port is as taken as before)."""
    if params["ending"] == "declined":
        return [{"command": f"fuser -k -i {params['port']}/tcp", "expect": "fail", "failure": "port",
                 "answers": [{"expect": r"\(y/N\)\s*$", "send": "n\r"}]}]
    if params["ending"] == "retry":
        return [dict(clash)]
    return []


def _remedy(app: App, holder: Holder, params: dict) -> dict:
    """Free the port (kill, fuser -k, pkill) or, for other-port, check that the new port is free."""
    port, remedy = params["port"], params["remedy"]
    if remedy in PID_REMEDIES:
        return {"command": PID_REMEDIES[remedy], "expect": "ok"}
    if remedy == "fuser-k":
        return {"command": f"fuser -k {port}/tcp", "expect": "ok"}
    if remedy == "fuser-k-i":
        return {"command": f"fuser -k -i {port}/tcp", "expect": "ok",
                "answers": [{"expect": r"\(y/N\)\s*$", "send": "y\r"}]}
    if remedy == "pkill":
        return {"command": _holder_view(app, holder)[2], "expect": "ok"}
    if remedy == "lsof-kill":
        return {"command": f"kill $(lsof -t -i :{port})", "expect": "ok"}
    return {"command": f"ss -ltn 'sport = :{params['alt_port']}'", "expect": "ok"}  # other-port: is it free?


def _run(app: App, params: dict, port: int, resolves: list[str] | None = None) -> list[dict]:
    """Start the server for good: in the foreground until its ready line, or in the background and probed."""
    if not params["background_run"]:
        return [{"command": _start(app, params, port), "expect": "ok", "stop_when": app.ready,
                 "timeout_s": SERVER_TIMEOUT_S, "resolves": resolves or []}]
    steps = [{"command": _start(app, params, port, background=True), "expect": "ok", "resolves": resolves or []}]
    if not params["verify_curl"]:
        return steps + [{"command": "jobs", "expect": "ok"}]
    flags = "-sI" if app.kind == "http-server" else "-s"
    # typing is not slowed down for real, so the developer gives the server a second before probing it
    steps.append({"command": f"sleep 1; curl {flags} {_url(params, port, app.probe)}", "expect": "ok"})
    if params["show_log"]:
        steps.append({"command": f"tail -n 5 {app.log}", "expect": "ok"})
    return steps


# --- the sandbox before the session --------------------------------------------------------------------
def _background(app: App, holder: Holder, params: dict) -> list[dict]:
    """The holder (unless the port is free this time) and maybe an unrelated listener, for ss to show too."""
    processes = []
    if params["outcome"] != "success":
        same = _same_app_command(app, params)
        command = holder.command.format(port=params["port"], same=same)
        processes.append({"command": command, "ready": f"ss -ltn | grep -q ':{params['port']} '"})
    if params["noise"]:
        processes.append(_noise(holder, params["noise_port"]))
    return processes


def _same_app_command(app: App, params: dict) -> str:
    """The developer's own start line, as an earlier, forgotten run of it (exec'd so ps shows just it)."""
    command = _start(app, params, params["port"])
    if app.env and command.startswith(f"{app.env}="):
        env, _, rest = command.partition(" ")
        return f"{env} exec {rest}"
    return f"exec {command}"


def _noise(holder: Holder, port: int) -> dict:
    """An unrelated listener on another port, never one the holder's grep/pkill pattern would also match."""
    if holder.kind == "netcat":
        command = f"exec python3 -m http.server {port} --directory docs > /dev/null 2>&1"
    else:
        command = f"exec nc -lk {port} < /dev/null > /dev/null 2>&1"
    return {"command": command, "ready": f"ss -ltn | grep -q ':{port} '"}


def _files(app: App, params: dict) -> list[dict]:
    """The developer's project, plus the docs and the mock API that some holders serve."""
    theme, default = params["theme"], params["default_port"]
    files = [
        {"path": "docs/index.html", "content": DOCS_HTML},
        {"path": "tools/mock_api.py", "content": MOCK_API},
        {"path": "project/README.md", "content": README.format(theme=theme, run=_readme_run(app, default))},
    ]
    if app.kind == "http-server":
        files += [{"path": "project/index.html", "content": INDEX_HTML.format(theme=theme)},
                  {"path": "project/style.css", "content": STYLE_CSS}]
    elif app.kind == "argparse":
        files.append({"path": "project/app.py", "content": APP_PY.format(theme=theme, default=default)})
    else:
        files.append({"path": "project/server.py", "content": SERVER_PY.format(theme=theme, default=default)})
    return files


def _readme_run(app: App, default: int) -> str:
    if app.kind == "http-server":
        return "    python3 -m http.server"
    if app.kind == "argparse":
        return f"    python3 app.py            # http://127.0.0.1:{default}\n    python3 app.py --port N"
    return f"    python3 server.py         # port {default}\n    PORT=N python3 server.py"


README = "# {theme}\n\nLocal dev server for the {theme} prototype.\n\n## Run\n\n{run}\n"
INDEX_HTML = ("<!doctype html>\n<html>\n<head>\n  <title>{theme}</title>\n"
              "  <link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n  <h1>{theme}</h1>\n"
              "  <p>Static prototype.</p>\n</body>\n</html>\n")
STYLE_CSS = "body {\n  font-family: sans-serif;\n  margin: 2rem;\n}\n"
DOCS_HTML = "<!doctype html>\n<title>docs</title>\n<h1>Internal docs</h1>\n"

APP_PY = '''"""{theme} API: a tiny JSON dev server."""
import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ITEMS = [{{"id": 1, "title": "first"}}, {{"id": 2, "title": "second"}}]


class Handler(BaseHTTPRequestHandler):
    def _send(self, status, payload):
        body = (json.dumps(payload) + "\\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return body

    def do_GET(self):
        if self.path == "/health":
            body = self._send(200, {{"status": "ok"}})
        elif self.path == "/api/items":
            body = self._send(200, ITEMS)
        else:
            body = self._send(404, {{"error": "not found"}})
        self.wfile.write(body)

    def do_HEAD(self):
        self._send(200 if self.path in ("/", "/health") else 404, {{}})


def main():
    parser = argparse.ArgumentParser(description="{theme} API dev server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default={default})
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    try:
        print(f"{theme}-api listening on http://{{args.host}}:{{args.port}}", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        print("\\nshutting down")
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
'''

SERVER_PY = '''"""{theme} dev server; the port comes from $PORT."""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        status = 200 if self.path in ("/", "/api/status") else 404
        body = (json.dumps({{"service": "{theme}", "ok": status == 200}}) + "\\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    port = int(os.environ.get("PORT", "{default}"))
    try:
        server = ThreadingHTTPServer(("0.0.0.0", port), Handler)
    except OSError as error:
        sys.exit(f"server.py: cannot listen on port {{port}}: {{error.strerror}}")
    try:
        print(f"Listening on port {{port}}", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        print("\\nbye")
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
'''

MOCK_API = '''"""Mock of the payments API for local testing."""
import argparse
import json
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"mock": True, "path": self.path}).encode() + b"\\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()


parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=9000)
HTTPServer(("0.0.0.0", parser.parse_args().port), Handler).serve_forever()
'''
