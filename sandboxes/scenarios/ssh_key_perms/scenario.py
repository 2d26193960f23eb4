"""A developer uses a deploy key — `ssh` to a box (a real sshd on loopback, run by the same user), the
project's `./deploy.sh`, `ssh-keygen -y` or `ssh-add` — and ssh refuses what it finds: a private key
readable by others (`WARNING: UNPROTECTED PRIVATE KEY FILE!`, `bad permissions`; behind exit 0 where a
second key still logs in, or after `| tee`), a ~/.ssh/config others may write (`Bad owner or
permissions`), a config naming a key the box does not take (`Permission denied (publickey)`) or a key
that is not there (`no such identity`). They look with ls/stat/cat, fix with chmod or sed, and retry —
or it works from the start, or they stop with the failure open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
HOME = "/home/dev"
PROMPT = [{"expect": r"continue connecting \(yes/no", "send": "yes\r"}]  # first contact with the box
UNPROTECTED = "UNPROTECTED PRIVATE KEY FILE"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    problem = rng.choices(["none", *book["problems"]], weights=[3, 5, 2, 2, 2, 2])[0]
    tool = rng.choice(book["problems"][problem]["tools"] if problem != "none" else sorted(book["tools"]))
    key = rng.choice(book["keys"])
    params = {
        "app": rng.choice(book["apps"]), "alias": rng.choice(book["aliases"]), "key": key,
        "key_type": "-t ed25519" if "ed25519" in key else rng.choice(book["key_types"]),
        "comment": rng.choice(book["comments"]),
        "port": rng.choice(book["ports"]), "problem": problem, "tool": tool,
        "outcome": "success" if problem == "none" else rng.choices(["resolved", "open"], weights=[7, 3])[0],
        "mode": rng.choice(book["loose_config_modes"] if problem == "config-mode" else book["loose_key_modes"])
        if problem in ("key-mode", "fallback", "config-mode") else "600",
        "command": rng.choice(book["tools"][tool]),
        "first_contact": tool in ("ssh-host", "ssh-explicit") and rng.random() < 0.35,
        "typo": key.replace("_", "-", 1) if "_" in key else key + "s",
    }
    values = {**params, "version": f"{rng.randint(1, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
              "sshd_dir": f"{HOME}/.local/share/sshd-{params['alias']}", "mode_text": "0" + params["mode"]}
    params["command"] = params["command"].format(**values)
    return _session(rng, book, params, values).fields(params, _files(params, values), setup=_setup(params, values),
                                                      background=[_sshd(params, values)])


def _identities(params: dict) -> tuple[list[str], bool]:
    """The IdentityFile lines of the config, and whether IdentitiesOnly is set."""
    problem, key = params["problem"], params["key"]
    if problem == "wrong-key":
        return ["id_ed25519"], True
    if problem == "missing-key":
        return [params["typo"]], True
    if problem == "fallback":  # a second key the box also takes: ssh logs in with it after ignoring the first
        return [key, "id_ed25519"], False
    return [key], True


def _files(params: dict, values: dict) -> list[dict]:
    identities, only = _identities(params)
    context = {**values, "identities": identities, "identities_only": only}
    return [*project_files(HERE, context),
            *project_files(HERE, context, source="home", dest=".ssh"),
            *project_files(HERE, context, source="sshd", dest=values["sshd_dir"].removeprefix(HOME + "/"))]


def _setup(params: dict, values: dict) -> list[str]:
    """Keys made with ssh-keygen, the box's host key and authorized keys, then the drawn loose mode."""
    sshd, key = values["sshd_dir"], params["key"]
    authorized = f".ssh/{key}.pub" + (" .ssh/id_ed25519.pub" if params["problem"] == "fallback" else "")
    lines = [f"chmod 700 .ssh && ssh-keygen -q -t ed25519 -N '' -f {sshd}/host_key",
             f"ssh-keygen -q {params['key_type']} -N '' -C {params['comment']} -f .ssh/{key}",
             "ssh-keygen -q -t ed25519 -N '' -C dev@laptop -f .ssh/id_ed25519",
             f"cat {authorized} > .ssh/authorized_keys && chmod 600 .ssh/authorized_keys .ssh/config"]
    if not params["first_contact"]:
        lines.append(f"echo \"[127.0.0.1]:{params['port']} $(cut -d' ' -f1-2 {sshd}/host_key.pub)\" > .ssh/known_hosts")
    if params["problem"] == "config-mode":
        lines.append(f"chmod {params['mode']} .ssh/config")
    elif params["problem"] in ("key-mode", "fallback"):
        lines.append(f"chmod {params['mode']} .ssh/{key}")
    return lines


def _sshd(params: dict, values: dict) -> dict:
    sshd = values["sshd_dir"]
    return {"command": f"/usr/sbin/sshd -f {sshd}/sshd_config -E {sshd}/sshd.log",
            "ready": f"ss -ltn | grep -q ':{params['port']} '"}


def _session(rng: random.Random, book: dict, params: dict, values: dict) -> Session:
    session = Session(rng).look_some(book["first_looks"], 1, 2)
    if params["tool"] == "agent":
        session.run('eval "$(ssh-agent -s)"')
    command, problem = params["command"], params["problem"]
    # the host key prompt comes before authentication, but after ssh has read its config
    prompt = PROMPT if params["first_contact"] and problem != "config-mode" else []
    if problem == "none":
        session.run(command, answers=prompt)
        return _after(rng, session, book, params, values)
    spec = book["problems"][problem]
    session.failure(problem, spec["category"], "security", *[fact.format(**values) for fact in spec["facts"]])
    if problem == "fallback":
        session.warn(command, problem, shown_by=UNPROTECTED, answers=prompt)
    else:
        piped = "| tee" in command  # tee's exit status: the key's refusal shows only on screen
        session.fail(command, problem, shown_by=UNPROTECTED if piped else None, answers=prompt)
    _investigate(session, spec, params, values)
    if params["outcome"] == "open":
        if problem == "fallback":  # it works, so they carry on; the warning stays
            session.warn(command, problem, shown_by=UNPROTECTED)
        return session
    session.run(rng.choice(spec["fixes"]).format(**values))
    again = PROMPT if params["first_contact"] and problem == "config-mode" else []
    session.retry(command, problem, answers=again)
    return _after(rng, session, book, params, values)


def _investigate(session: Session, spec: dict, params: dict, values: dict) -> None:
    """One or two looks; `ssh -v` shows the refusal again (same run, more detail) where ssh was the command."""
    looks = [look for look in spec["looks"] if not (look.startswith("ssh -v") and params["tool"] != "ssh-host")]
    chosen = session.rng.sample(looks, session.rng.randint(1, 2) if "also" not in spec else 1)
    if "also" in spec and session.rng.random() < 0.5:  # the keys there, before or after the config
        chosen.insert(session.rng.randint(0, 1), session.rng.choice(spec["also"]))
    for look in chosen:
        look = look.format(**values)
        if look.startswith("ssh -v"):
            session.fail(look, params["problem"], shown_by=r"Permission denied \(publickey\)")
        else:
            session.run(look)


def _after(rng: random.Random, session: Session, book: dict, params: dict, values: dict) -> Session:
    """A look at what now works, as people do once it does."""
    follow = [look.format(**values) for look in book["after_success"][params["tool"]]]
    return session.look_some(follow, 0, 1)
