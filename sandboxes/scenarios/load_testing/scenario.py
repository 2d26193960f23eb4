"""Load testing a local server with ApacheBench (`ab`): the catalog API (python), a static site on
`python3 -m http.server`, or nginx. A run reports real `Requests per second`; or it fails — nothing listens
(`apr_socket_recv: Connection refused (111)`, the server not started or another port), a URL without a
path (`ab: invalid URL`), more concurrency than requests, a slow endpoint past `-s` (`apr_pollset_poll:
The timeout specified has expired`), or a wrong path whose 404s ab only counts (`Non-2xx responses`, exit
0). The developer reads it, looks (ss, curl, logs), fixes the run or starts the server and runs again."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
PROBLEMS = ("none", "refused", "wrong-port", "invalid-url", "concurrency", "non-2xx", "timeout")
TIMEOUT_LOADS = ([20, 5], [30, 10], [10, 2], [24, 8])


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    service = rng.choice(["app", "app", "static", "nginx"])
    app = service == "app"  # only the app has a slow endpoint; only a site's root makes sense without a path
    problem = rng.choices(PROBLEMS, weights=[3, 2, 2, 0 if app else 2, 1, 3, 2 if app else 0])[0]
    port = rng.choice(book["ports"])
    path = "/api/report" if problem == "timeout" else rng.choice(book["paths"][service])
    kind = "nginx" if service == "nginx" else "python"
    requests, concurrency = rng.choice(TIMEOUT_LOADS if problem == "timeout" else book["loads"][kind])
    params = {
        "service": service, "title": rng.choice(book["titles"]), "port": port, "path": path, "problem": problem,
        "outcome": "success" if problem == "none" else rng.choices(["resolved", "open"], weights=[7, 3])[0],
        "requests": requests, "concurrency": concurrency, "keepalive": service != "app" and rng.random() < 0.3,
        "filter": rng.choice(book["filters"]),
        "wrong_path": rng.choice(book["wrong_paths"][path]) if path in book["wrong_paths"] else "",
        "wrong_port": rng.choice([p for p in book["ports"] if p != port]), "probe_first": rng.random() < 0.4,
        "second_run": rng.choice(["none", "more-concurrency", "keepalive", "more-requests"]),
        "max_concurrency": book["max_concurrency"][kind],
    }
    if problem == "invalid-url":
        params["path"] = "/"
    values = {"title": params["title"], "port": port, "path": params["path"], "service": service}
    skip = () if service == "nginx" else ("nginx.conf",)
    files = project_files(HERE, values, skip=skip)
    background = [] if problem == "refused" else [_server(service, port)]
    return _session(rng, book, params).fields(params, files, setup=["mkdir -p project/logs project/tmp"],
                                              background=background)


def _server(service: str, port: int) -> dict:
    """The server already running when the session starts, as its README says to start it."""
    commands = {"app": f"exec python3 app.py --port {port} > app.log 2>&1",
                "static": f"exec python3 -m http.server {port} --bind 127.0.0.1 --directory public > server.log 2>&1",
                "nginx": "nginx -p $PWD -c $PWD/nginx.conf"}
    ready = f"curl -s -o /dev/null 127.0.0.1:{port}/"
    return {"command": f"cd project && {commands[service]}", "ready": ready}


def _ab(params: dict, *, requests: int | None = None, concurrency: int | None = None, port: int | None = None,
        path: str | None = None, timeout: int | None = None, keepalive: bool | None = None) -> str:
    """One ab command line in the person's habits (filter, keep-alive), with what changes between runs."""
    keep = params["keepalive"] if keepalive is None else keepalive
    flags = f"-n {requests or params['requests']} -c {concurrency or params['concurrency']}"
    flags += " -k" if keep else ""
    flags += f" -s {timeout}" if timeout else ""
    url = f"http://127.0.0.1:{port or params['port']}{params['path'] if path is None else path}"
    return f"ab {flags} {url}{params['filter']}"


def _session(rng: random.Random, book: dict, params: dict) -> Session:
    service, problem, port = params["service"], params["problem"], params["port"]
    session = Session(rng).look_some(book["first_looks"], 1, 2)
    if params["probe_first"] and problem not in ("refused", "wrong-port"):
        session.run(rng.choice(book["probes"]).format(port=port, path=params["path"]))
    if problem == "none":
        session.run(_ab(params))
        return _second_run(session, params)
    spec = book["problems"][problem]
    fields = {"port": port, "wrong_port": params["wrong_port"], "wrong_path": params["wrong_path"],
              "log": book["logs"][service],
              "probe_wrong": rng.choice(book["probes"]).format(port=port, path=params["wrong_path"])}
    session.failure(problem, spec["category"], spec["owner"], *[fact.format(**fields) for fact in spec["facts"]])
    failing, fixed = _failing_and_fixed(params)
    # ab's own exit code, unless a filter after the pipe decides it (sed exits 0 whatever ab said)
    hidden = problem == "non-2xx" or (params["filter"] and "sed" in params["filter"])
    session.fail(failing, problem, shown_by=spec["shown_by"] if hidden else None)
    if "probe" in spec and rng.random() < 0.6:  # a single request first: its status, or how long it takes
        session.run(spec["probe"].format(**fields))
    looks = [look.format(**fields) for look in spec["looks"] if _fits(look, service)]
    session.look_some(looks, 1 if looks and problem != "invalid-url" else 0, 2 if len(looks) > 1 else 1)
    if params["outcome"] == "open":
        return session
    if problem == "refused":
        session.run(book["starts"][service].format(port=port))
    session.retry(fixed, problem)
    return _second_run(session, params)


def _failing_and_fixed(params: dict) -> tuple[str, str]:
    """The run that fails, and the same run once the person has fixed it."""
    problem, path = params["problem"], params["path"]
    if problem == "wrong-port":
        return _ab(params, port=params["wrong_port"]), _ab(params)
    if problem == "invalid-url":
        return _ab(params, path=""), _ab(params)
    if problem == "concurrency":
        small = max(1, params["concurrency"] // 5)
        return _ab(params, requests=small), _ab(params)
    if problem == "non-2xx":
        return _ab(params, path=params["wrong_path"]), _ab(params, path=path)
    if problem == "timeout":
        return _ab(params, timeout=1), _ab(params, timeout=5)
    return _ab(params), _ab(params)


def _fits(look: str, service: str) -> bool:
    """A look at app.py only where the app runs; a look at public/ only where a static site does."""
    return not ("app.py" in look and service != "app") and not ("public" in look and service == "app")


def _second_run(session: Session, params: dict) -> Session:
    """Another run to compare against: more concurrency, keep-alive, or more requests."""
    kind = params["second_run"]
    if kind == "none" or params["problem"] == "timeout":
        return session
    if kind == "more-concurrency":
        more = min(params["concurrency"] * 2, params["max_concurrency"])
        if more > params["concurrency"]:
            return session.run(_ab(params, requests=max(params["requests"], 1000), concurrency=more))
    if kind == "keepalive" and params["service"] != "app":
        return session.run(_ab(params, keepalive=True))
    return session.run(_ab(params, requests=params["requests"] * 2))
