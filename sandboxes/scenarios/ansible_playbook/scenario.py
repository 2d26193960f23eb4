"""ansible-playbook on a local deployment playbook (`hosts: local`, `connection: local`): it applies cleanly,
or stops on a drawn bug — an undefined variable, a failed assert, a missing copy source or lineinfile
destination, invalid JSON from a template (maybe behind `ignore_errors`, so the run exits 0), a YAML
syntax error or a misspelt module; the developer reads the `fatal:`/`ERROR!` output, looks, fixes, re-runs
— one bug may hide a second — or stops with it open. A clean run is often checked by a second run."""
from __future__ import annotations

import random
from pathlib import Path

import jinja2

from sandboxes.scenarios.kit import Session, data

HERE = Path(__file__).parent
PARSE_BUGS = ("yaml", "module")  # found before any task runs; only one can show
# where a run-time bug stops the play (task order: dirs, assert, app.conf, settings.json, validate, env, PATH)
POSITION = {"assert": 2, "undefined": 2, "json": 5, "missing_src": 6, "dest_missing": 7}
TYPOS = {"app_port": "app_prot", "workers": "worker", "log_level": "loglevel"}
HIDDEN = r"ignored=1"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    app = rng.choice(book["apps"])
    bugs = _bugs(rng)
    tasks = sorted(set(rng.sample(book["optional_tasks"], rng.randint(0, 3))) | _needed_tasks(bugs))
    params = {
        "app": app, "port": rng.choice(book["ports"]), "workers": rng.randint(1, 8),
        "log_level": rng.choice(book["log_levels"]), "tasks": tasks, "bugs": bugs,
        "outcome": "pass" if not bugs else rng.choice(["resolved", "resolved", "open"]),
        "runner": rng.choice(book["runners"]), "inspect": rng.choice(book["inspect"]),
        "syntax_check_first": rng.random() < 0.3, "features": rng.sample(book["features"], rng.randint(2, 4)),
    }
    params.update(_bug_details(rng, params, book))
    files, lines = _files(params)
    return _session(rng, params, book, lines).fields(params, files)


def _bugs(rng: random.Random) -> list[str]:
    """None, one, or two bugs (at most one that stops parsing, and run-time ones at different tasks)."""
    count = rng.choices([0, 1, 2], weights=[2, 5, 3])[0]
    kinds = list(POSITION) + list(PARSE_BUGS)
    while True:
        bugs = rng.sample(kinds, count)
        parse = [bug for bug in bugs if bug in PARSE_BUGS]
        runtime = [bug for bug in bugs if bug not in PARSE_BUGS]
        if len(parse) <= 1 and len({POSITION[bug] for bug in runtime}) == len(runtime):
            return parse + sorted(runtime, key=POSITION.get)


def _needed_tasks(bugs: list[str]) -> set[str]:
    return {task for bug, task in (("json", "settings"), ("missing_src", "env"), ("dest_missing", "profile"))
            if bug in bugs}


def _bug_details(rng: random.Random, params: dict, book: dict) -> dict:
    """The variable an assert or undefined bug is about, how it is undefined, the module misspelt, ..."""
    bugs, tasks = params["bugs"], params["tasks"]
    assert_var = rng.choice(["app_port", "workers"]) if "assert" in bugs else ""
    undefined_var = rng.choice(["log_level"] if "assert" in bugs else list(TYPOS)) if "undefined" in bugs else ""
    module = rng.choice(["template"] + [m for m, task in (("copy", "env"), ("lineinfile", "profile")) if task in tasks])
    return {
        "assert_var": assert_var, "undefined_var": undefined_var,
        "undefined_how": rng.choice(["typo", "missing"]) if undefined_var else "",
        "module": module if "module" in bugs else "",
        "module_typo": rng.choice(book["module_typos"][module]) if "module" in bugs else "",
        "yaml_how": rng.choice(["indent", "colon"]) if "yaml" in bugs else "",
        "json_how": rng.choice(["trailing_comma", "missing_comma"]) if "json" in bugs else "",
        # an ignored failure lets the play go on: then it is the last bug, so one run shows one failure
        "ignore_errors": bugs[-1:] == ["json"] and rng.random() < 0.5,
        "fixes": [rng.choice(["edit", "extra_var"]) if bug == "undefined" else "edit" for bug in bugs],
        "looks": [rng.choice(book["bugs"][bug]["looks"]) for bug in bugs],
        "verify": rng.sample(book["verify"], rng.randint(0, 2)),
    }


# --- the project ------------------------------------------------------------------------------------------
def _files(params: dict) -> tuple[list[dict], dict]:
    """The project, with the bugs in it; and where the YAML bug sits (its line) for the looks."""
    app, bugs = params["app"], params["bugs"]
    modules = {"template": "template", "copy": "copy", "lineinfile": "lineinfile"}
    if params["module"]:
        modules[params["module"]] = params["module_typo"]
    values = {"app": app, "tasks": params["tasks"], "ignore_errors": params["ignore_errors"], "modules": modules,
              "profile": ".bash_profile" if "dest_missing" in bugs else ".profile", "settings": _settings(params),
              "features": _features(params)}
    root = HERE / "files"
    rendered = {path.relative_to(root).as_posix(): _render(path, values) for path in root.rglob("*") if path.is_file()}
    site, line = _yaml_bug(rendered["site.yml"], params["yaml_how"])
    rendered["site.yml"] = site
    env = f"files/{app}.env"
    rendered[f"files/{app}.env.example"] = rendered.pop("files/APP.env.example")
    if "missing_src" not in bugs:
        rendered[env] = rendered[f"files/{app}.env.example"]
    return [{"path": f"project/{path}", "content": text} for path, text in sorted(rendered.items())], {"yaml": line}


def _render(path: Path, values: dict) -> str:
    """A project file; [[ ]] and [% %] take the variant's values, Ansible's own {{ }} are left alone."""
    environment = jinja2.Environment(variable_start_string="[[", variable_end_string="]]", block_start_string="[%",
                                     block_end_string="%]", trim_blocks=True, lstrip_blocks=True,
                                     keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return environment.from_string(path.read_text(encoding="utf-8")).render(**values)


def _settings(params: dict) -> list[tuple[str, object]]:
    """vars/main.yml's settings: a value the assert rejects, a variable misspelt or missing."""
    values = {"app_port": 80 if params["assert_var"] == "app_port" else params["port"],
              "workers": 0 if params["assert_var"] == "workers" else params["workers"],
              "log_level": params["log_level"]}
    var, how = params["undefined_var"], params["undefined_how"]
    return [(TYPOS[key] if key == var and how == "typo" else key, value) for key, value in values.items()
            if not (key == var and how == "missing")]


def _features(params: dict) -> str:
    flags = [f'    "{name}": {str(i % 2 == 0).lower()}' for i, name in enumerate(params["features"])]
    body = [flag + ("," if i < len(flags) - 1 else "") for i, flag in enumerate(flags)]
    if params["json_how"] == "trailing_comma":
        body[-1] += ","
    elif params["json_how"] == "missing_comma":
        body[0] = body[0].rstrip(",")
    return "\n".join(body)


def _yaml_bug(text: str, how: str) -> tuple[str, int]:
    """Break the app.conf task: its dest key one space short, or `mode` without its colon."""
    lines = text.splitlines(keepends=True)
    if not how:
        return text, 0
    key = "        dest:" if how == "indent" else '        mode: "0644"'
    index = next(i for i, line in enumerate(lines) if line.startswith(key))
    lines[index] = lines[index][1:] if how == "indent" else lines[index].replace("mode:", "mode", 1)
    if how == "indent":
        return "".join(lines), index + 1
    # without its colon the key reads as more of the scalar above: YAML stumbles on the next token
    after = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), len(lines))
    return "".join(lines), after + 1


# --- the session ------------------------------------------------------------------------------------------
def _session(rng: random.Random, params: dict, book: dict, where: dict) -> Session:
    session = Session(rng)
    runner, bugs = params["runner"], params["bugs"]
    for bug in bugs:
        session.failure(bug, book["bugs"][bug]["category"], "application developer", *_facts(bug, params, book, where))
    parse_bug = bugs[0] if bugs and bugs[0] in PARSE_BUGS else None
    base = "ansible-playbook -i inventory.ini site.yml" if " -i " in runner else "ansible-playbook site.yml"
    checks = [f"{base} --list-tasks"] if params["inspect"] == "list-tasks" else []
    checks += [f"{base} --syntax-check"] if params["syntax_check_first"] else []
    session.look(*([] if checks and params["inspect"] == "list-tasks" else [params["inspect"]]))
    for check in checks:  # both parse the playbook: a parse error shows here already
        session.fail(check, parse_bug) if parse_bug else session.run(check)
    shown = bool(checks and parse_bug)
    fixed: list[str] = []
    for number, bug in enumerate(bugs):
        if not (number == 0 and shown):
            session.fail(runner, bug, shown_by=HIDDEN if _hidden(bug, params) else None, resolves=fixed[-1:])
        session.look(_look(params["looks"][number], params, where, bug))
        if params["outcome"] == "open" and number == len(bugs) - 1:
            return _stop(session, rng, runner, bug, params)
        runner = _fix(session, bug, params["fixes"][number], params, runner, book)
        fixed.append(bug)
    session.run(runner, resolves=fixed[-1:])
    extra = runner.removeprefix(params["runner"])  # an `-e name=value` fix rides along on every later run
    for command in params["verify"]:
        if "profile" in params["tasks"] or ".profile" not in command:
            session.look(command.format(runner=runner, base=base + extra, app=params["app"]))
    return session


def _hidden(bug: str, params: dict) -> bool:
    return bug == "json" and params["ignore_errors"]


def _values(params: dict, where: dict, bug: str) -> dict:
    """What the fact, look and fix templates of data.yaml name, for `bug`."""
    var = params["assert_var"] if bug == "assert" else params["undefined_var"]
    value = {"app_port": str(params["port"]), "workers": str(max(2, params["workers"])),
             "log_level": params["log_level"], "": ""}[var]
    return {"var": var, "value": value, "typo": TYPOS.get(var, ""), "mtypo": params["module_typo"],
            "bad": 80 if var == "app_port" else 0, "app": params["app"], "module": params["module"],
            "stem": params["module"][:4], "line": where["yaml"], "start": max(1, where["yaml"] - 4),
            "end": where["yaml"] + 2, "first": params["features"][0], "last": params["features"][-1]}


def _facts(bug: str, params: dict, book: dict, where: dict) -> list[str]:
    return [fact.format(**_values(params, where, bug)) for fact in book["bugs"][bug]["facts"]]


def _look(template: str, params: dict, where: dict, bug: str) -> str:
    return template.format(**_values(params, where, bug))


def _stop(session: Session, rng: random.Random, runner: str, bug: str, params: dict) -> Session:
    """Left open: run it once more with more detail, or stop after looking."""
    if rng.random() < 0.5:
        again = runner if "-v" in runner.split() else runner + " -v"
        session.fail(again, bug, shown_by=HIDDEN if _hidden(bug, params) else None)
    return session


def _fix(session: Session, bug: str, style: str, params: dict, runner: str, book: dict) -> str:
    """Apply the fix; return the runner to use from now on (an extra var rides along on the command)."""
    values = _values(params, {"yaml": 0}, bug)
    if bug == "undefined" and style == "extra_var":
        return f"{runner} -e {values['var']}={values['value']}"
    how = params["undefined_how"] if bug == "undefined" else params["json_how"] if bug == "json" else \
        params["yaml_how"] if bug == "yaml" else ""
    session.run(book["fixes"][f"{bug}/{how}" if how else bug].format(**values))
    return runner
