"""A dev server speaks HTTPS with a certificate from the team's own CA (made with openssl in setup); the
developer checks it with curl, `openssl s_client` (whose verify errors hide behind exit 0) or `openssl
verify`, and meets a drawn problem: expired, not yet valid, issued for another host name, self-signed, or
a client that does not trust the CA. They look with `openssl x509`, then re-issue with `openssl ca` (and
restart or reload the server — or forget to, and see the old certificate still served), fix the client's
--cacert/--resolve, and check again; or the certificate is fine, or they stop with the failure open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
GOOD_SAN = "DNS:localhost,IP:127.0.0.1"
HIDDEN = r"(?i)verif\w* (?:error|return code: [1-9])"  # s_client reports and exits 0
STAMP = "+%Y%m%d%H%M%SZ"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    site, title = rng.choice(book["sites"])
    problem = rng.choices(["none", *book["problems"]], weights=[3, 4, 2, 3, 2, 2])[0]
    check_kind = "curl" if problem == "untrusted" else rng.choice(sorted(book["checks"]))
    outcome = "success" if problem == "none" else rng.choices(["resolved", "open"], weights=[7, 3])[0]
    port = rng.choice(book["ports"])
    host_check = " -verify_hostname localhost" if problem == "hostname" or rng.random() < 0.3 else ""
    forms = book["untrusted_checks"] if problem == "untrusted" else book["checks"][check_kind]
    params = {
        "site": site, "org": rng.choice(book["orgs"]), "port": port, "server": rng.choice(book["servers"]),
        "key_type": rng.choice(book["key_types"]).split()[0], "problem": problem, "outcome": outcome,
        "check": rng.choice(forms).format(port=port, host_check=host_check if check_kind != "curl" else ""),
        "other_name": rng.choice(book["other_names"]).format(site=site),
        "days_off": rng.choice(book["future_days"] if problem == "not-yet-valid" else book["expired_days"]),
        "hostname_fix": "none", "forgot_restart": False, "new_days": rng.choice([365, 397, 825, 0]),
        "restart_form": rng.choice(["pkill", "kill-pgrep"]) if rng.random() < 0.5 else "pkill",
    }
    if problem == "hostname":
        params["hostname_fix"] = rng.choice(["new-request", "resolve"]) if check_kind == "curl" else "new-request"
    reissued = outcome == "resolved" and problem != "untrusted" and params["hostname_fix"] != "resolve"
    params["forgot_restart"] = reissued and check_kind != "verify" and rng.random() < 0.3
    values = {"title": title, "port": port, "server": params["server"]}
    skip = ("nginx.conf",) if params["server"] == "s_server" else ()
    files = project_files(HERE, values, skip=skip)
    key = next(k for k in book["key_types"] if k.startswith(params["key_type"]))
    return _session(rng, book, params, check_kind).fields(
        params, files, setup=_setup(book, params, key), background=[_server(params)])


def _setup(book: dict, params: dict, key: str) -> list[str]:
    """The CA and the server's key, request and certificate, made by openssl as a teammate once did."""
    problem, cn = params["problem"], params["other_name"] if params["problem"] == "hostname" else "localhost"
    san = f"DNS:{params['other_name']}" if problem == "hostname" else GOOD_SAN
    lines = ["cd project && mkdir -p tls/issued logs tmp && touch tls/index.txt && echo 1000 > tls/serial",
             f"cd project && openssl req -x509 -newkey {key} -nodes -keyout tls/ca.key -out tls/ca.pem -days 3650 "
             f"-subj '/O={params['org']}/CN={params['org']} Dev CA' 2>/dev/null",
             f"cd project && openssl req -new -newkey {key} -nodes -keyout tls/server.key -out tls/server.csr "
             f"-subj '/CN={cn}' -addext 'subjectAltName={san}' 2>/dev/null"]
    if problem == "self-signed":
        return lines + ["cd project && openssl req -x509 -key tls/server.key -in tls/server.csr -copy_extensions copy "
                        "-days 365 -out tls/server.pem 2>/dev/null"]
    days = params["days_off"]
    dates = {"expired": (f"-{days + 365} days", f"-{days} days"),
             "not-yet-valid": (f"+{days} days", f"+{days + 365} days")}
    if problem in dates:
        start, end = dates[problem]
        issue = f"-startdate $(date -u -d '{start}' {STAMP}) -enddate $(date -u -d '{end}' {STAMP})"
    else:
        issue = "-days 365"
    return lines + [f"cd project && openssl ca -config tls/ca.cnf -batch {issue} -in tls/server.csr "
                    "-out tls/server.pem 2>/dev/null"]


def _server(params: dict) -> dict:
    ready = f"ss -ltn | grep -q ':{params['port']} '"
    if params["server"] == "nginx":
        return {"command": "cd project && nginx -p $PWD -c $PWD/nginx.conf", "ready": ready}
    return {"command": "cd project && exec ./serve-tls.sh > logs/tls.log 2>&1", "ready": ready}


def _facts(book: dict, problem: str, check_kind: str) -> list[str]:
    spec = book["problems"][problem]
    return [spec["facts_by_check"][check_kind]] if "facts_by_check" in spec else spec["facts"]


def _session(rng: random.Random, book: dict, params: dict, check_kind: str) -> Session:
    session = Session(rng).look_some(book["first_looks"], 1, 2)
    check, problem, port = params["check"], params["problem"], params["port"]
    shown_by = HIDDEN if check_kind == "s_client" else None
    final = rng.choice(book["final_fetches"]).format(port=port)
    if problem == "none":
        session.run(check)
        if check_kind != "curl":
            session.run(final)
        looks = [*book["problems"]["expired"]["looks"][:2], "openssl x509 -noout -issuer -in tls/server.pem"]
        return session.look_some(looks, 0, 1)
    session.failure(problem, "certificate_error", "security", *_facts(book, problem, check_kind))
    session.fail(check, problem, shown_by=shown_by)
    session.look_some(book["problems"][problem]["looks"], 1, 2)
    if params["outcome"] == "open":
        return session
    fix = book["problems"][problem]["fix"]
    if fix == "cacert":
        return session.retry(f"{check} --cacert tls/ca.pem", problem)
    if problem == "hostname" and params["hostname_fix"] == "resolve":
        name = params["other_name"]
        session.look("cat /etc/hosts")  # the name does not resolve here: curl --resolve maps it
        resolved = check.replace(f"https://localhost:{port}",
                                 f"--resolve {name}:{port}:127.0.0.1 https://{name}:{port}")
        return session.retry(resolved, problem)
    _reissue(session, params, look=check_kind != "verify")
    if check_kind == "verify":
        return session.retry(check, problem).run(_restart(params)).run(final)
    if params["forgot_restart"]:  # the server still holds the old certificate in memory
        session.fail(check, problem, shown_by=shown_by)
        session.run(f"openssl s_client -connect localhost:{port} </dev/null 2>/dev/null | openssl x509 -noout -dates")
    return session.run(_restart(params)).retry(check, problem)


def _reissue(session: Session, params: dict, look: bool) -> None:
    """A new request where the names were wrong, then the CA signs it (the README's command)."""
    if params["problem"] == "hostname":
        session.run("openssl req -new -key tls/server.key -config tls/server.cnf -out tls/server.csr")
    days = f" -days {params['new_days']}" if params["new_days"] else ""
    session.run(f"openssl ca -config tls/ca.cnf -batch{days} -in tls/server.csr -out tls/server.pem")
    if look:  # the new dates and names; a check right after would be the re-run itself
        session.look_some(["openssl x509 -noout -dates -in tls/server.pem",
                           "openssl x509 -noout -subject -issuer -in tls/server.pem"], 0, 1)


def _restart(params: dict) -> str:
    """nginx reloads; openssl's test server has to be stopped and started again."""
    if params["server"] == "nginx":
        return "nginx -p $PWD -c $PWD/nginx.conf -s reload && sleep 1"
    stop = "pkill -f s_server" if params["restart_form"] == "pkill" else "kill $(pgrep -f s_server)"
    return f"{stop}; ./serve-tls.sh > logs/tls.log 2>&1 & sleep 1"
