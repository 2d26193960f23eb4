"""Querying a local Prometheus that scrapes itself and the project's worker (a real prometheus_client
exporter): queries answer; or the server is not running (`connect: connection refused`) or listens on
another port; or the worker is down (`up{...} => 0`, exit 0); or the PromQL does not parse (`parse error:
...`, behind exit 0 when curl's JSON goes through jq). The developer reads it, looks (ss, pgrep, the targets
API, the series), starts what is missing or fixes the query, and queries again — or stops there."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files, quote

HERE = Path(__file__).parent
SITUATIONS = ["healthy", "server_down", "app_down", "both_down", "bad_query", "wrong_port"]
DEFAULT_PORT = 9090
DOWN = r"=> 0 @\["
PARSE = r"parse error: "
MAX_LINE = 110  # a command line stays on one terminal line (a broken query may add two characters)


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    app = rng.choice(book["apps"])
    situation = rng.choice(SITUATIONS)
    port = 9091 if situation == "wrong_port" else DEFAULT_PORT
    client = rng.choice(["promtool", "promtool", "curl_jq", "curl_pretty"])
    params = {
        "app": app, "app_port": rng.choice(book["app_ports"]), "prom_port": port,
        "scrape_interval": rng.choice(book["scrape_intervals"]), "situation": situation,
        "outcome": "pass" if situation == "healthy" else rng.choice(["resolved", "resolved", "open"]),
        "client": client, "queries": _queries(rng, book, app, client, situation),
        "inspect": rng.choice([i for i in book["inspect"] if not (situation == "wrong_port" and "README" in i)]),
        "start": rng.choice(book["starts"]), "app_start": rng.choice(book["app_starts"]),
        "server_look": rng.choice(book["server_looks"]), "target_look": rng.choice(book["target_looks"]),
        "query_look": rng.choice(book["query_looks"] + [""]), "tail_log": rng.random() < 0.4,
        "break": "", "endpoints": rng.choice(book["endpoints"]),
    }
    if situation == "bad_query":
        params["break"], params["broken"] = _break(rng, book, params["queries"][0])
    else:
        params["broken"] = ""
    return {**_session(rng, params, book).fields(params, _files(params)), "background": _background(params)}


def _queries(rng: random.Random, book: dict, app: str, client: str, situation: str) -> list[str]:
    """1-3 queries; right after a start only what Prometheus scrapes from itself first is sure to answer."""
    pool = [query.format(app=app) for query in (book["curl_queries"] if client != "promtool" else book["queries"])]
    fits = [query for query in pool if len(book["clients"][client].format(port=DEFAULT_PORT, query=query)) <= MAX_LINE]
    queries = rng.sample(fits, min(len(fits), rng.randint(1, 3)))
    if situation in ("server_down", "both_down"):
        queries[0] = rng.choice(book["first_queries"])
    return queries


def _break(rng: random.Random, book: dict, query: str) -> tuple[str, str]:
    """A way to break `query` that fits it, and the broken query."""
    kind = rng.choice([b for b in book["breaks"] if b["needs"] in query])
    broken = {"unclosed_paren": lambda q: q[:-1], "extra_paren": lambda q: q + ")",
              "grouping": lambda q: q.replace(kind["needs"], kind["needs"].replace("(", "", 1).replace(")", "", 1), 1),
              "spaced_range": lambda q: q.replace("[1m]", "[1 m]", 1),
              "long_unit": lambda q: q.replace("[1m]", "[1min]", 1),
              "open_brace": lambda q: q.replace('"}', '"', 1)}[kind["kind"]](query)
    return kind["fact"], broken


def _files(params: dict) -> list[dict]:
    listen = f" --web.listen-address=127.0.0.1:{params['prom_port']}" if params["prom_port"] != DEFAULT_PORT else ""
    context = {**params, "error_ratio": 0.03, "listen_flag": listen}
    return project_files(HERE, context)


def _prom_command(params: dict) -> str:
    listen = f" --web.listen-address=127.0.0.1:{params['prom_port']}" if params["prom_port"] != DEFAULT_PORT else ""
    return f"cd project && exec prometheus --config.file=prometheus.yml --storage.tsdb.path=$HOME/prom-data{listen}" \
           " > prometheus.log 2>&1"


def _background(params: dict) -> list[dict]:
    """What runs before the session: the worker unless it is down, Prometheus unless it is down; Prometheus
    counts as ready once it has scraped the worker (or seen it down)."""
    situation, url = params["situation"], f"http://127.0.0.1:{params['prom_port']}"
    app_up = situation not in ("app_down", "both_down")
    processes = []
    if app_up:
        processes.append({"command": "cd project && exec python3 app.py > app.log 2>&1",
                          "ready": f"ss -ltn | grep -q ':{params['app_port']} '"})
    if situation not in ("server_down", "both_down"):
        probe = f"up{{job=\"{params['app']}\"}}" + (" == 1" if app_up else "")
        processes.append({"command": _prom_command(params),
                          "ready": f"sleep 0.5; promtool query instant {url} {quote(probe)} | grep -q '=>'"})
    return processes


# --- the session ----------------------------------------------------------------------------------------
def _query(book: dict, params: dict, query: str, port: int | None = None) -> str:
    return book["clients"][params["client"]].format(port=port or params["prom_port"], query=query)


def _session(rng: random.Random, params: dict, book: dict) -> Session:
    session = Session(rng).look(params["inspect"])
    situation, app = params["situation"], params["app"]
    up_query = f"promtool query instant http://127.0.0.1:{params['prom_port']} 'up'"
    if situation in ("server_down", "both_down", "wrong_port"):
        session.failure("server", "connection_refused", "service operator", str(DEFAULT_PORT))
    if situation in ("app_down", "both_down"):
        session.failure("target", "connection_refused", "service operator", f"127.0.0.1:{params['app_port']}")
    if situation == "bad_query":
        session.failure("query", "config_syntax", "application developer", params["break"])
    if situation == "healthy":
        return _more(session, book, params, params["queries"])
    if situation == "bad_query":
        return _bad_query(session, book, params)
    if situation == "app_down":
        return _target_down(session, book, params, up_query)
    refused = _refused_query(params, book)
    session.fail(refused, "server")
    session.look(params["server_look"])
    if params["outcome"] == "open" and situation != "both_down":
        return session
    if situation == "wrong_port":
        return _more(session.retry(_query(book, params, params["queries"][0]), "server"), book, params,
                     params["queries"][1:])
    session.run(params["start"])
    if params["tail_log"]:
        session.look("sleep 2; tail -n 3 prometheus.log")
    if situation == "server_down":
        return _more(session.retry(f"sleep 10; {refused}", "server"), book, params, params["queries"][1:])
    session.fail(f"sleep 15; {up_query}", "target", shown_by=DOWN, resolves=["server"])
    return _target_down(session, book, params, up_query, shown=True)


def _refused_query(params: dict, book: dict) -> str:
    """The first query, to the default port; curl's JSON piped to jq would hide curl's exit code, so a
    person whose server may be down sees curl's own error with -sS."""
    if params["client"] == "promtool" or params["situation"] == "both_down":  # both: promtool shows up => 0 next
        return f"promtool query instant http://127.0.0.1:{DEFAULT_PORT} {quote(params['queries'][0])}"
    return f"curl -sS localhost:{DEFAULT_PORT}/api/v1/query --data-urlencode {quote('query=' + params['queries'][0])}"


def _target_down(session: Session, book: dict, params: dict, up_query: str, shown: bool = False) -> Session:
    if not shown:
        session.fail(up_query, "target", shown_by=DOWN)
    session.look(params["target_look"].format(port=params["prom_port"], app=params["app"], app_port=params["app_port"]))
    if params["outcome"] == "open":
        return session
    session.run(params["app_start"])
    check = up_query.replace("'up'", f"'up{{job=\"{params['app']}\"}}'")
    session.retry(f"sleep 5; {check}", "target")
    return _more(session, book, params, params["queries"][1:])


def _bad_query(session: Session, book: dict, params: dict) -> Session:
    hidden = params["client"] != "promtool"  # curl gets HTTP 400 and exits 0, jq prints the error JSON
    session.fail(_query(book, params, params["broken"]), "query", shown_by=PARSE if hidden else None)
    if params["query_look"]:
        session.look(params["query_look"].format(port=params["prom_port"], app=params["app"]))
    if params["outcome"] == "open":
        return session
    session.retry(_query(book, params, params["queries"][0]), "query")
    return _more(session, book, params, params["queries"][1:])


def _more(session: Session, book: dict, params: dict, queries: list[str]) -> Session:
    for query in queries:
        session.run(_query(book, params, query))
    return session
