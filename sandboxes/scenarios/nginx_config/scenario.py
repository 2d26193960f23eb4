"""nginx run by the developer from the project folder: `nginx -t` rejects the config for one or two drawn
mistakes (a bad proxy_pass, a typo, a missing semicolon, an upstream host that does not resolve here, two
default servers, a missing include, root-only paths for the pid, temp files or logs) or warns about a
conflicting server name; they read the [emerg] line, look at the lines it names, fix them with sed and test
again, then start nginx and curl it — where a wrong upstream port answers 502 behind curl's exit 0 until
fixed and reloaded. Or the config is fine from the start, or they stop with the failure open."""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files, render

HERE = Path(__file__).parent
RUNTIME = 9  # the phase of a mistake that only shows once nginx serves requests
WARNS = "server-name"  # nginx tests it "successful" with a [warn]
INIT_PHASES = (1, 2, 3, 4)  # their errors print after the parse, with the warning already shown


@dataclass
class Mistake:
    """One drawn mistake, placed in the rendered config: where it is, what nginx reports, how it is fixed."""

    kind: str
    spec: dict
    variant: dict
    at: int = 0  # the line of its first edit
    lines: frozenset[int] = frozenset()  # every line its edits change

    def get(self, key: str, default=None):  # noqa: ANN001, ANN201 - a variant's field overrides its kind's
        return self.variant.get(key, self.spec.get(key, default))

    @property
    def id(self) -> str:
        return self.kind

    @property
    def phase(self) -> int:
        return self.get("phase", 0)

    @property
    def line(self) -> int:
        return self.at + self.get("offset", 0)


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    (site, title), conf = rng.choice(book["sites"]), rng.choice(book["conf_paths"])
    port, backend_port = rng.choice(book["ports"]), rng.choice(book["backend_ports"])
    values = {"site": site, "title": title, "conf": conf, "conf_name": conf.rsplit("/", 1)[-1], "port": port,
              "backend_port": backend_port, "upstream": rng.choice(book["upstreams"]),
              "host": rng.choice(book["mistakes"]["host"]["hosts"]), "body_size": rng.choice(book["body_sizes"]),
              "wrong_port": rng.choice([p for p in book["backend_ports"] if p != backend_port]),
              "snippets": conf.rpartition("/")[0] + "/snippets" if "/" in conf else "snippets",
              "item": rng.choice(book["items"]), "version": f"1.{rng.randint(0, 9)}.{rng.randint(0, 20)}"}
    outcome = rng.choices(["success", "resolved", "open"], weights=[2, 5, 3])[0]
    clean = render((HERE / "files" / "nginx.conf.j2").read_text(encoding="utf-8"), values)
    mistakes = _draw_mistakes(rng, book["mistakes"], outcome, clean, values)
    test = rng.choice(book["test_forms"]).format(conf=conf)
    params = {
        "site": site, "conf": conf, "port": port, "backend_port": backend_port, "upstream": values["upstream"],
        "outcome": outcome, "mistakes": [m.kind for m in mistakes], "test_form": test,
        "line_look": rng.choice(book["line_looks"]),
        "default_config_first": not _static(mistakes) and rng.random() < 0.3,
        "tweak": rng.randrange(len(book["tweaks"])) if rng.random() < 0.4 else -1, "stop_at_end": rng.random() < 0.2,
    }
    files = [{"path": f"project/{conf}", "content": _broken(clean, mistakes, values)},
             *project_files(HERE, values, skip=("nginx.conf", "snippets/proxy_headers.conf")),
             *project_files(HERE, values, source="files/snippets", dest=f"project/{values['snippets']}")]
    background = [{"command": f"cd project && exec python3 -m http.server {backend_port} --bind 127.0.0.1 "
                              "--directory api > /dev/null 2>&1",
                   "ready": f"curl -s -o /dev/null 127.0.0.1:{backend_port}/"}]
    session = _session(rng, book, params, mistakes, values)
    return session.fields(params, files, setup=["mkdir -p project/logs project/tmp"], background=background)


def _draw_mistakes(rng: random.Random, kinds: dict, outcome: str, clean: str, values: dict) -> list[Mistake]:
    """None for a clean config; else one or two mistakes nginx meets in turn, or one that shows at run time."""
    if outcome == "success":
        return []
    static = [kind for kind, spec in kinds.items() if spec.get("phase", 0) < RUNTIME]
    count = rng.choices([0, 1, 2], weights=[1, 6, 3])[0]
    while True:
        chosen = [Mistake(kind, kinds[kind], rng.choice(kinds[kind]["variants"])) for kind in rng.sample(static, count)]
        if count == 0 or rng.random() < 0.3:
            chosen.append(Mistake("upstream-port", kinds["upstream-port"], kinds["upstream-port"]["variants"][0]))
        if _compatible(chosen, clean, values):
            return sorted(chosen, key=lambda m: (m.phase, m.at))


def _compatible(chosen: list[Mistake], clean: str, values: dict) -> bool:
    """Each mistake on lines of its own, and no warning that nginx prints before a later error as well."""
    lines = clean.splitlines()
    touched: set[int] = set()
    for mistake in chosen:
        found = {number for old, _ in mistake.get("edits") for number, text in enumerate(lines, 1)
                 if old.format(**values) in text}
        mistake.at, mistake.lines = min(found), frozenset(found)
        if found & touched:
            return False
        touched |= found
    phases = {m.phase for m in chosen}
    return not (any(m.kind == WARNS for m in chosen) and phases & set(INIT_PHASES))


def _broken(clean: str, mistakes: list[Mistake], values: dict) -> str:
    """The config with each mistake's edits made on its own lines."""
    lines = clean.splitlines(keepends=True)
    for mistake in mistakes:
        for old, new in mistake.get("edits"):
            old, new = old.format(**values), new.format(**values)
            lines = [line.replace(old, new) if number in mistake.lines else line
                     for number, line in enumerate(lines, 1)]
    return "".join(lines)


def _static(mistakes: list[Mistake]) -> list[Mistake]:
    return [m for m in mistakes if m.phase < RUNTIME]


def _fmt(template: str, mistake: Mistake | None, values: dict, params: dict) -> str:
    """A command or fact of the session, with the line nginx reports and the lines around it."""
    line = mistake.line if mistake else 1
    fields = {**values, "line": line, "at": mistake.at if mistake else 1, "from": max(1, line - 3),
              "to": line + 2, "word": (mistake.get("word") if mistake else None) or "server",
              "right": mistake.get("right", "") if mistake else ""}
    template = template.replace("{line_look}", params["line_look"])
    return template.format(**fields)


def _session(rng: random.Random, book: dict, params: dict, mistakes: list[Mistake], values: dict) -> Session:
    test, conf = params["test_form"], values["conf"]
    start = f"nginx -p $PWD -c {'$PWD/' if '$PWD/' in test else ''}{conf}"
    session = Session(rng).look_some([_fmt(look, None, values, params) for look in book["first_looks"]], 1, 2)
    pending: list[str] = []
    if params["default_config_first"]:
        session.failure("default-config", "permission_denied", "service operator", "/run/nginx.pid")
        session.fail("nginx -t", "default-config")
        session.look_some(["cat README.md", "ls /etc/nginx", "head -n 5 /etc/nginx/nginx.conf"], 0, 1)
        pending = ["default-config"]
    static = _static(mistakes)
    for index, mistake in enumerate(static):
        facts = [_fmt(fact, mistake, values, params) for fact in mistake.get("facts")]
        session.failure(mistake.id, mistake.spec["category"], mistake.spec["owner"], *facts)
        if mistake.kind == WARNS:
            session.warn(test, mistake.id, shown_by="conflicting server name", resolves=pending)
        else:
            session.fail(test, mistake.id, resolves=pending)
        session.look_some([_fmt(look, mistake, values, params) for look in mistake.get("looks")], 1, 2)
        if params["outcome"] == "open" and mistake is mistakes[-1]:
            if mistake.kind == WARNS:  # they go on despite the warning, which starting nginx prints again
                session.warn(start, mistake.id, shown_by="conflicting server name")
                session.run(rng.choice(book["page_fetches"]).format(**values))
            return session
        session.run(_fmt(mistake.get("fix"), mistake, values, params))
        pending = [mistake.id]
    session.retry(test, *pending) if pending else session.run(test)
    session.run(start)
    session.look_some([look.format(**values) for look in book["listen_checks"]], 0, 1)
    session.run(rng.choice(book["page_fetches"]).format(**values))
    if mistakes and mistakes[-1].phase == RUNTIME:
        if not _runtime(rng, session, book, params, mistakes[-1], values, start):
            return session
    elif rng.random() < 0.5:
        session.run(rng.choice(book["api_fetches"]).format(**values))
    return _finish(session, book, params, values, start)


def _runtime(rng: random.Random, session: Session, book: dict, params: dict, mistake: Mistake, values: dict,
             start: str) -> bool:
    """The API answers 502 behind curl's exit 0; the error log names the upstream port. False when left open."""
    fetch = rng.choice(book["api_fetches"]).format(**values)
    session.failure(mistake.id, mistake.spec["category"], mistake.spec["owner"], *mistake.get("facts"))
    session.fail(fetch, mistake.id, shown_by="502 Bad Gateway")
    session.look_some([_fmt(look, mistake, values, params) for look in mistake.get("looks")], 1, 2)
    if params["outcome"] == "open":
        return False
    session.run(_fmt(mistake.get("fix"), mistake, values, params)).run(f"{start} -s reload && sleep 1")
    session.retry(fetch, mistake.id)
    return True


def _finish(session: Session, book: dict, params: dict, values: dict, start: str) -> Session:
    """A last tweak picked up by a reload, and stopping nginx — as some people do."""
    if params["tweak"] >= 0:
        edit, fetch = book["tweaks"][params["tweak"]]
        session.run(edit.format(**values)).run(f"{start} -s reload && sleep 1").run(fetch.format(**values))
    if params["stop_at_end"]:
        session.run(f"{start} -s stop")
    return session
