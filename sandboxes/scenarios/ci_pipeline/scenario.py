"""`make ci` on a small Python package runs the same stages as CI: flake8, (mypy,) pytest, and a wheel built
with `python3 -m build --no-isolation`. It passes all the way, or stops at a stage: a lint finding, a test
that fails on a drawn bug (a kept mutation), a package listed in setup.cfg that no longer exists. The
developer reads where make stopped, looks, fixes with sed and runs `make ci` again — which may then stop
at the next stage — or leaves the last failure open."""
from __future__ import annotations

import ast
import random
from pathlib import Path

from sandboxes.scenarios import mutants
from sandboxes.scenarios.kit import Session, data, project_files
from sandboxes.scenarios.mutate import Mutation, candidates, sed_fix

HERE = Path(__file__).parent
NAME = "ci-pipeline"
STAGES = ("lint", "tests", "build")
LINT_THEN_TEST = "flake8 shop tests && python3 -m pytest -q -p no:cacheprovider"  # a bug lint catches stops at lint
SHOWN = {"lint": r"\.py:\d+:\d+: [EFW]\d{3} ", "tests": r"\d+ failed",
         "build": r"package directory '[^']+' does not exist"}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    pkg = rng.choice(book["packages"])
    functions = rng.sample(book["functions"], rng.randint(3, 5))
    breakable = [fn for fn in functions if mutants.kept(NAME).get(fn["name"])]
    chances = {"lint": 0.4, "tests": 0.5, "build": 0.3}
    faults = [stage for stage in STAGES if rng.random() < chances[stage] and (stage != "tests" or breakable)]
    typecheck = rng.random() < 0.4
    params = {
        "pkg": pkg, "module": rng.choice(["core", "utils", "helpers"]), "functions": [fn["name"] for fn in functions],
        "faults": faults, "typecheck": typecheck, "runner": rng.choice(book["runners"]),
        "fix_all": rng.random() < 0.6, "version": f"{rng.randint(0, 2)}.{rng.randint(1, 12)}.{rng.randint(0, 5)}",
        "lint_defect": "", "bug": "", "extra_package": "",
    }
    bug = _bug(rng, params, breakable) if "tests" in faults else None
    lint = rng.choice(book["lint_defects"]) if "lint" in faults else None
    source, fixes = _module(rng, functions, params, bug, lint)
    files = _files(rng, book, params, functions, source)
    return _session(rng, book, params, fixes).fields(params, files)


def _bug(rng: random.Random, params: dict, breakable: list[dict]) -> tuple[dict, Mutation]:
    fn = rng.choice(breakable)
    kind, rest = rng.choice(mutants.kept(NAME)[fn["name"]]).split("@", 1)
    offset, change = rest.split(":", 1)
    before, after = change.split(">", 1)
    params["bug"] = f"{fn['name']}: {kind}@{offset}:{before}>{after}"
    return fn, Mutation(kind, int(offset), before, after)


def _module(rng: random.Random, functions: list[dict], params: dict, bug: tuple[dict, Mutation] | None,
            lint: dict | None) -> tuple[str, dict[str, str]]:
    """The module's source with the drawn faults, and the sed that undoes each (by stage)."""
    path, fixes, target = f"{params['pkg']}/{params['module']}.py", {}, rng.choice(functions)
    if lint:
        arg = target["source"].split("(", 1)[1].split(",")[0].split(")")[0]
        line = lint["line"].format(arg=arg)
        where = line if lint["where"] == "top" else f"in {target['name']}"
        params["lint_defect"] = f"{lint['code']}: {where}"
        fixes["lint"] = f"sed -i '{lint['fix'].format(arg=arg)}' {path}"
        lint = {**lint, "line": line, "function": target["name"]}
    source, bug_at = _assemble(functions, params["pkg"], lint, bug)
    if bug:
        # the test stage is reached once the lint stage passes: the sed's line number is counted without it
        fixed_lint = lint if lint and lint["code"] == "E711" else None
        after_lint, at = _assemble(functions, params["pkg"], fixed_lint, bug)
        fixes["tests"] = sed_fix(_moved(bug[1], at), after_lint, path)
        source = _moved(bug[1], bug_at).apply(source)
    return source, fixes


def _assemble(functions: list[dict], pkg: str, lint: dict | None, bug: tuple[dict, Mutation] | None) -> tuple[str, int]:
    """The clean module with the lint line in it (if any), and where the bugged function's text starts."""
    source, bug_at = f'"""{pkg}: small helpers with their tests."""\n', 0
    if lint and lint["where"] == "top":
        source += lint["line"] + "\n"
    for fn in functions:
        text = fn["source"]
        if lint and lint["where"] == "body" and lint["function"] == fn["name"]:
            head, body = text.split("\n", 1)
            text = f"{head}\n{lint['line']}\n{body}"
        source += "\n\n"
        if bug and bug[0] is fn:  # the mutated token lands further down when a lint line went into this body
            bug_at = len(source) + (len(text) - len(fn["source"]) if bug[1].offset > fn["source"].index("\n") else 0)
        source += text
    return source, bug_at


def _moved(mutation: Mutation, by: int) -> Mutation:
    return Mutation(mutation.kind, mutation.offset + by, mutation.before, mutation.after)


def _files(rng: random.Random, book: dict, params: dict, functions: list[dict], source: str) -> list[dict]:
    pkg, module = params["pkg"], params["module"]
    packages = [pkg]
    if "build" in params["faults"]:
        params["extra_package"] = f"{pkg}.{rng.choice(['plugins', 'legacy', 'contrib', 'compat'])}"
        packages.append(params["extra_package"])
    stages = ["lint", *(["typecheck"] if params["typecheck"] else []), "test", "build"]
    context = {"pkg": pkg, "version": params["version"], "description": rng.choice(book["descriptions"]),
               "packages": packages, "typecheck": params["typecheck"], "stages": stages,
               "pytest_flags": rng.choice(book["pytest_flags"])}
    tests = f"from {pkg}.{module} import {', '.join(fn['name'] for fn in functions)}\n"
    for fn in functions:
        for number, assertion in enumerate(fn["tests"], 1):
            tests += f"\n\ndef test_{fn['name']}_{number}():\n    {assertion}\n"
    return project_files(HERE, context) + [
        {"path": f"project/{pkg}/__init__.py", "content": ""},
        {"path": f"project/{pkg}/{module}.py", "content": source},
        {"path": "project/tests/__init__.py", "content": ""},
        {"path": f"project/tests/test_{module}.py", "content": tests},
    ]


def _session(rng: random.Random, book: dict, params: dict, fixes: dict[str, str]) -> Session:
    pkg, runner, faults = params["pkg"], params["runner"], params["faults"]
    path = f"{pkg}/{params['module']}.py"
    values = {"pkg": pkg, "path": path, "module": params["module"], "grep": _grep(params),
              "function": params["bug"].split(":")[0], "wheel": f"{pkg}-{params['version']}-py3-none-any.whl"}
    session = Session(rng).look_some([look.format(**values) for look in book["looks"]], 1, 2)
    _declare(session, params)
    previous: list[str] = []
    for number, stage in enumerate(faults):
        session.fail(runner, stage, shown_by=SHOWN[stage] if "|" in runner else None, resolves=previous)
        look = rng.choice(book["investigations"][stage]).format(**values)
        session.fail(look, stage) if look.startswith("make ") else session.run(look)
        if number == len(faults) - 1 and not params["fix_all"]:
            return session  # the last failure stays open
        session.run(fixes[stage] if stage != "build" else f"sed -i 's/, {params['extra_package']}//' setup.cfg")
        previous = [stage]
    session.retry(runner, *previous) if previous else session.run(runner)
    return session.look(rng.choice(book["checks"]).format(**values))


def _grep(params: dict) -> str:
    code, where = (params["lint_defect"].split(": ", 1) + [""])[:2]
    if where.startswith("in "):  # a line in a function body
        return "None" if code == "E711" else "= "
    return where


def _declare(session: Session, params: dict) -> None:
    path = f"{params['pkg']}/{params['module']}.py"
    if "lint" in params["faults"]:
        session.failure("lint", "lint_error", "application developer", path, params["lint_defect"][:4])
    if "tests" in params["faults"]:
        session.failure("tests", "test_failure", "application developer", params["bug"].split(":")[0])
    if "build" in params["faults"]:
        session.failure("build", "not_found", "build maintainer", params["extra_package"].replace(".", "/"))


def trials() -> list[mutants.Trial]:
    """Every mutation of every function, each linted and then run alone against its own tests (as `make ci`
    does: a misspelled name stops at flake8, so only bugs that pass lint and fail a test are kept)."""
    found = []
    for fn in data(HERE)["functions"]:
        tests = f"from shop.core import {fn['name']}\n" + "".join(
            f"\n\ndef test_{fn['name']}_{n}():\n    {assertion}\n" for n, assertion in enumerate(fn["tests"], 1))
        for mutation in candidates(fn["source"], "python", _names(fn["source"])):
            files = [{"path": "project/shop/__init__.py", "content": ""},
                     {"path": "project/shop/core.py", "content": mutation.apply(fn["source"])},
                     {"path": "project/tests/test_core.py", "content": tests}]
            found.append(mutants.Trial(fn["name"], mutation.key, files, LINT_THEN_TEST,
                                       rf"^FAILED tests/test_core\.py::test_{fn['name']}_\d+"))
    return found


def _names(source: str) -> frozenset[str]:
    """The function's own names (parameters and locals), which a misspelling turns into a NameError."""
    tree = ast.parse(source)
    return frozenset(node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and len(node.id) >= 4) | \
        frozenset(arg.arg for node in ast.walk(tree) if isinstance(node, ast.arguments) for arg in node.args)
