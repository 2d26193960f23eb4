"""A developer commits and pushes to a shared bare repository: the push goes through, or is rejected
because a colleague pushed first (fetch first), because the new branch has no upstream, or because the server's pre-receive hook protects main.
They read the error, look at the history, pull (rebase or merge) or push a branch, and push again — or stop."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
FAILURES = ("none", "fetch-first", "no-upstream", "hook")
FIXES = {"none": ["none"], "fetch-first": ["none", "rebase", "merge", "fetch-rebase"],
         "no-upstream": ["none", "set-upstream"], "hook": ["none", "branch"]}
PUSH_FORMS = ("git push", "git push origin main", "git push origin HEAD")


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    project = rng.choice(book["projects"])
    own, theirs = _different_files(book["edits"], rng)
    failure = rng.choices(FAILURES, weights=[2, 4, 2, 2])[0]
    params = {
        "project": project, "colleague": rng.choice(book["colleagues"])[0], "failure": failure,
        "fix": rng.choice(FIXES[failure]), "own_edit": own[2], "their_edit": theirs[2],
        "branch": rng.choice(book["branches"]), "first_looks": rng.sample(book["first_looks"], rng.randint(1, 2)),
        "investigation": rng.choice(book["investigations"].get(failure, ["git status"])),
        "push_form": "git push" if failure in ("no-upstream", "hook") else rng.choice(PUSH_FORMS),
        "commit_form": rng.choice(["-am", "add-then-commit"]), "port": rng.choice([5000, 8000, 8080, 9000]),
    }
    values = {"project": project, "port": params["port"], "workers": rng.choice([2, 4]), "version": "1.4.0",
              "next_version": f"1.{rng.randint(5, 9)}.0", "workers2": rng.choice([6, 8, 12])}
    files = project_files(HERE, values, source="files/project", dest="seed") + \
        project_files(HERE, {}, source="files/hooks", dest="hooks")
    return _session(rng, params, own, theirs, values).fields(params, files, setup=_setup(params, theirs, values))


def _different_files(edits: list[list[str]], rng: random.Random) -> tuple[list[str], list[str]]:
    """Two edits in different files, so a rebase or merge of them never conflicts."""
    own = rng.choice(edits)
    return own, rng.choice([edit for edit in edits if edit[0] != own[0]])


def _setup(params: dict, theirs: list[str], values: dict) -> list[str]:
    """The shared bare repository, the developer's clone, and (fetch first) the colleague's newer push."""
    name, email = next(c for c in data(HERE)["colleagues"] if c[0] == params["colleague"])
    remote = f"remotes/{params['project']}.git"
    lines = ["git config --global user.name 'Sam Dev' && git config --global user.email sam@example.dev "
             "&& git config --global init.defaultBranch main && git config --global advice.detachedHead false",
             f"git init -q --bare {remote}",
             f"cd seed && git init -q && git add . && git commit -qm 'Initial commit' && git remote add origin ~/{remote}"
             " && git push -q origin main",
             f"git clone -q {remote} project"]
    if params["failure"] == "fetch-first":
        edit = theirs[1].format(**values)
        lines.append(f"cd seed && sed -i '{edit}' {theirs[0]} && git -c user.name='{name}' -c user.email={email} "
                     f"commit -qam '{theirs[2].format(**values)}' && git push -q origin main")
    if params["failure"] == "hook":
        lines.append(f"cp hooks/pre-receive {remote}/hooks/pre-receive")
    return lines


def _session(rng: random.Random, params: dict, own: list[str], theirs: list[str], values: dict) -> Session:
    session = Session(rng).look(*params["first_looks"])
    if params["failure"] == "no-upstream":
        session.run(f"git switch -c {params['branch']}")
    _commit(session, params, own, values)
    if params["failure"] == "none":
        return session.run(params["push_form"]).look_some(["git log --oneline -3", "git status -sb"], 0, 1)
    _declare(session, params)
    session.fail(params["push_form"], "rejected").look(params["investigation"])
    return _fix(session, params)


def _commit(session: Session, params: dict, own: list[str], values: dict) -> None:
    edit, message = own[1].format(**values), own[2].format(**values)
    session.run(f"sed -i '{edit}' {own[0]}")
    if params["commit_form"] == "-am":
        session.run(f'git commit -am "{message}"')
    else:
        session.run(f"git add {own[0]}").run(f'git commit -m "{message}"')


def _declare(session: Session, params: dict) -> None:
    kind = params["failure"]
    if kind == "fetch-first":
        session.failure("rejected", "merge_conflict", "change authors", "fetch first")
    elif kind == "no-upstream":
        session.failure("rejected", "command_failed", "application developer", params["branch"])
    else:
        session.failure("rejected", "permission_denied", "application developer", "pre-receive hook declined")


def _fix(session: Session, params: dict) -> Session:
    fix, push = params["fix"], params["push_form"]
    if fix == "none":
        return session.look_some(["git status", "git log --oneline -3", "git remote -v"], 0, 1)
    if fix == "set-upstream":
        return session.retry(f"git push -u origin {params['branch']}", "rejected")
    if fix == "branch":
        return session.run(f"git switch -c {params['branch']}").retry(f"git push -u origin {params['branch']}", "rejected")
    if fix == "fetch-rebase":
        session.run("git fetch origin").run("git rebase origin/main")
    else:
        session.run("git pull --rebase" if fix == "rebase" else "git pull --no-rebase --no-edit")
    return session.retry(push, "rejected").look_some(["git log --oneline -4", "git status -sb"], 0, 1)

