"""No name resolves in the sandbox (as on a plane, or behind a broken resolver). A client that reads a
remote status URL fails in urllib with `Temporary failure in name resolution`; `git clone` of a GitHub URL
fails with `Could not resolve host: github.com`. The developer looks at the settings, the resolver and
the local mirrors, then points the settings at the local mirror or tells git to clone from it
(`url.<mirror>.insteadOf`) and runs the same command again — or stops."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    kind = rng.choices(["none", "client", "clone"], weights=[2, 4, 4])[0]
    params = {
        "kind": kind, "service": rng.choice(book["services"]), "remote_host": rng.choice(book["remote_hosts"]),
        "repo": rng.choice(book["repos"]), "org": rng.choice(book["orgs"]), "port": rng.choice([8000, 8080, 9000]),
        "clone_form": rng.choice(book["clone_forms"]), "client_run": rng.choice(book["client_runs"]),
        "looks": rng.sample(book["looks_clone" if kind == "clone" else "looks_client"], rng.randint(1, 2)),
        "resolved": kind != "none" and rng.random() < 0.65,
    }
    local = f"http://127.0.0.1:{params['port']}/status.json"
    remote = f"https://{params['remote_host']}/{params['service']}/status.json"
    values = {**params, "url": local if kind == "none" else remote, "version": f"2.{rng.randint(0, 30)}.{rng.randint(0, 9)}"}
    files = project_files(HERE, values, "files/project", "project") + project_files(HERE, values, "files/status", "status") \
        + project_files(HERE, values, "files/mirror-src", "mirror-src")
    server = {"command": f"exec python3 -m http.server {params['port']} --bind 127.0.0.1 --directory status "
                         "> /dev/null 2>&1", "ready": f"curl -sf {local} > /dev/null"}
    return _session(rng, params, local, remote).fields(params, files, setup=_setup(params), background=[server])


def _setup(params: dict) -> list[str]:
    """A local mirror of the team's repository, as a bare repository under ~/mirrors."""
    return ["git config --global user.name 'Sam Dev' && git config --global user.email sam@example.dev",
            f"git init -q -b main mirror-src && cd mirror-src && git add . && git -c user.name=CI -c user.email=ci@example.dev "
            f"commit -qm 'Import {params['repo']}' && git clone -q --bare . ~/mirrors/{params['repo']}.git"]


def _session(rng: random.Random, params: dict, local: str, remote: str) -> Session:
    session = Session(rng).look_some(["ls", "cat settings.env", "git config --global --list"], 0, 1)
    if params["kind"] == "none":
        return session.run(params["client_run"])
    if params["kind"] == "client":
        session.failure("dns", "network_unreachable", "platform", "Temporary failure in name resolution")
        session.fail(params["client_run"], "dns").look(*params["looks"])
        if params["resolved"]:
            session.run(f"sed -i 's|^STATUS_URL=.*|STATUS_URL={local}|' settings.env").retry(params["client_run"], "dns")
        return session
    url = f"https://github.com/{params['org']}/{params['repo']}.git"
    clone = params["clone_form"].format(url=url)
    session.failure("dns", "network_unreachable", "platform", "github.com")
    session.fail(clone, "dns").look(*params["looks"])
    if params["resolved"]:
        mirror = f'git config --global url."$HOME/mirrors/".insteadOf https://github.com/{params["org"]}/'
        session.run(mirror).retry(clone, "dns").look(f"ls {params['repo']}")
    return session
