"""pytest on a small package: all pass, tests fail on a procedurally drawn bug (a mutation kept only if the
real run fails), or a test module cannot import; the developer reads the failure, looks at the code,
fixes it with sed and re-runs — or stops with the failure open."""
from __future__ import annotations

import ast
import random
from pathlib import Path

from sandboxes.scenarios import mutants
from sandboxes.scenarios.kit import Session, data, project_files
from sandboxes.scenarios.mutate import Mutation, candidates, joined

HERE = Path(__file__).parent
NAME = "pytest-run"
FAILED_SUMMARY = r"\d+ (failed|errors?)\b"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    package, module = rng.choice(book["packages"]), rng.choice(book["modules"])
    functions = rng.sample(book["functions"], rng.randint(3, 5))
    outcome = rng.choices(["pass", "fail", "import_error"], weights=[3, 5, 2])[0]
    breakable = [fn for fn in functions if mutants.kept(NAME).get(fn["name"])]
    broken = rng.sample(breakable, rng.randint(1, min(2, len(breakable)))) if outcome == "fail" else []
    bugs = {fn["name"]: Mutation.parse(rng.choice(mutants.kept(NAME)[fn["name"]]), fn["source"]) for fn in broken}
    runner = rng.choice(book["runners"]) + (" | tail -n 20" if rng.random() < 0.2 else "")
    params = {
        "package": package, "module": module, "functions": [fn["name"] for fn in functions], "outcome": outcome,
        "broken": [fn["name"] for fn in broken], "mutations": [bugs[fn["name"]].key for fn in broken],
        "fix": rng.choice(["none", "all", "one_by_one"]) if outcome != "pass" else "none",
        "runner": runner, "inspect": rng.choice(book["inspect"]), "investigate": rng.choice(book["investigate"]),
        "rerun_last_failed": rng.random() < 0.4, "piped": "| tail" in runner,  # the pipe's exit code is tail's
    }
    source, fixes = _module(functions, bugs, params)
    files = _files(params, source, functions, rng)
    return _session(rng, params, fixes).fields(params, files)


def _module(functions: list[dict], bugs: dict[str, Mutation], params: dict) -> tuple[str, list[str]]:
    """The module's source with the bugs in it, and the sed commands that undo them (in file order)."""
    units = [(fn["source"], bugs.get(fn["name"])) for fn in functions]
    return joined(units, "\n\n", f"{params['package']}/{params['module']}.py")


def _files(params: dict, source: str, functions: list[dict], rng: random.Random) -> list[dict]:
    package, module = params["package"], params["module"]
    imported = [fn["name"] for fn in functions]
    if params["outcome"] == "import_error":
        imported[-1] = _misspelled(imported[-1])
    tests = f"from {package}.{module} import {', '.join(imported)}\n"
    for fn in functions:
        for number, assertion in enumerate(fn["tests"], 1):
            tests += f"\n\ndef test_{fn['name']}_{number}():\n    {assertion}\n"
    return [
        {"path": f"project/{package}/__init__.py", "content": ""},
        {"path": f"project/{package}/{module}.py", "content": source},
        {"path": f"project/tests/test_{module}.py", "content": tests},
        *project_files(HERE, {"package": package, "minor": rng.randint(1, 9)}),
    ]


def _misspelled(name: str) -> str:
    return name.replace("_", "", 1) if "_" in name else name + "s"


def _session(rng: random.Random, params: dict, fixes: list[str]) -> Session:
    runner, outcome = params["runner"], params["outcome"]
    paths = _paths(params)
    session = Session(rng).look(params["inspect"].format(**paths))
    if outcome == "pass":
        return session.run(runner)
    failure = "collection" if outcome == "import_error" else "tests"
    _declare(session, params)
    session.fail(runner, failure, shown_by=FAILED_SUMMARY if params["piped"] else None)
    session.look(params["investigate"].format(**paths))
    if params["fix"] == "none":
        rerun = f"pytest -q -k {params['broken'][0]}" if params["broken"] else "pytest -q --co"
        return session.fail(rerun, failure)
    if outcome == "import_error":
        wrong = _misspelled(params["functions"][-1])
        fixes = [f"sed -i 's/{wrong}/{params['functions'][-1]}/' {paths['test_path']}"]
    return _fix(session, params, fixes, failure)


def _paths(params: dict) -> dict:
    broken = params["broken"][0] if params["broken"] else params["functions"][-1]
    source = data(HERE)["functions"]
    index = next(number for number, fn in enumerate(source) if fn["name"] == broken)
    return {"module_path": f"{params['package']}/{params['module']}.py", "function": broken,
            "test_path": f"tests/test_{params['module']}.py", "start": 1 + 3 * index % 7, "end": 12 + 3 * index % 7}


def _declare(session: Session, params: dict) -> None:
    if params["outcome"] == "fail":
        session.failure("tests", "test_failure", "application developer", *params["broken"])
    else:
        session.failure("collection", "test_collection_error", "application developer",
                        _misspelled(params["functions"][-1]))


def _fix(session: Session, params: dict, fixes: list[str], failure: str) -> Session:
    """Fix everything and re-run, or fix one bug at a time with a run (or `--lf`) after each."""
    if params["fix"] == "all" or len(fixes) == 1:
        return session.look(*fixes).retry(params["runner"], failure)
    for fix in fixes[:-1]:
        session.run(fix)
        rerun = "pytest -q --lf" if params["rerun_last_failed"] else params["runner"]
        session.fail(rerun, failure, shown_by=FAILED_SUMMARY if "| tail" in rerun else None)
    return session.run(fixes[-1]).retry(params["runner"], failure)


def trials() -> list[mutants.Trial]:
    """Every mutation of every function, each run alone against its own tests."""
    found = []
    for fn in data(HERE)["functions"]:
        tests = f"from shop.utils import {fn['name']}\n" + "".join(
            f"\n\ndef test_{fn['name']}_{n}():\n    {assertion}\n" for n, assertion in enumerate(fn["tests"], 1))
        for mutation in candidates(fn["source"], "python", _names(fn["source"])):
            files = [{"path": "project/shop/__init__.py", "content": ""},
                     {"path": "project/shop/utils.py", "content": mutation.apply(fn["source"])},
                     {"path": "project/tests/test_utils.py", "content": tests},
                     *project_files(HERE, {"package": "shop", "minor": 1})]
            found.append(mutants.Trial(fn["name"], mutation.key, files, "python3 -m pytest -q -p no:cacheprovider",
                                       rf"^FAILED tests/test_utils\.py::test_{fn['name']}_\d+"))
    return found


def _names(source: str) -> frozenset[str]:
    """The function's own names (parameters and locals), which a misspelling turns into a NameError."""
    tree = ast.parse(source)
    return frozenset(node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and len(node.id) >= 4) | \
        frozenset(arg.arg for node in ast.walk(tree) if isinstance(node, ast.arguments) for arg in node.args)
