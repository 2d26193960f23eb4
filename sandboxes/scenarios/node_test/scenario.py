"""node --test on a small CommonJS package: all pass, tests fail on a procedurally drawn bug (a mutation
kept only if the real run fails), or a test file requires a module path that does not exist; the
developer reads the failure, looks at the code, fixes it with sed and re-runs — or stops with it open."""
from __future__ import annotations

import random
import re
from pathlib import Path

from sandboxes.scenarios import mutants
from sandboxes.scenarios.kit import Session, data, project_files
from sandboxes.scenarios.mutate import Mutation, candidates, joined

HERE = Path(__file__).parent
NAME = "node-test"
PIPED = "node --test 2>&1 | grep -E '^not ok|^# (pass|fail)'"  # TAP when piped; grep's exit code is 0
FAILED_SUMMARY = r"^# fail [1-9]"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    package, module = rng.choice(book["packages"]), rng.choice(book["modules"])
    functions = rng.sample(book["functions"], rng.randint(3, 5))
    outcome = rng.choices(["pass", "fail", "require_error"], weights=[3, 6, 2])[0]
    breakable = [fn for fn in functions if _usable(fn["name"])]
    broken = rng.sample(breakable, rng.randint(1, min(2, len(breakable)))) if outcome == "fail" else []
    broken.sort(key=functions.index)  # file order: the order node --test reports them in
    bugs = {fn["name"]: _mutation(rng.choice(_usable(fn["name"]))) for fn in broken}
    runner = PIPED if outcome != "require_error" and rng.random() < 0.2 else rng.choice(book["runners"])
    params = {
        "package": package, "module": module, "functions": [fn["name"] for fn in functions], "outcome": outcome,
        "broken": [fn["name"] for fn in broken], "mutations": [bugs[fn["name"]].key for fn in broken],
        "fix": rng.choice(["none", "all", "one_by_one"]) if outcome != "pass" else "none",
        "runner": runner, "inspect": rng.choice(book["inspect"]),
        "investigate": rng.choice(book["require_investigate" if outcome == "require_error" else "investigate"]),
        "rerun_pattern": rng.random() < 0.5, "piped": runner == PIPED,
    }
    source, fixes = _module(functions, bugs, params)
    files = _files(params, source, functions, rng)
    return _session(rng, params, fixes).fields(params, files)


def _usable(function: str) -> list[str]:
    """Kept mutants whose sed fix works: mutate.sed_fix escapes `|` as `\\|`, which GNU sed reads as
    alternation, so a mutation that writes `||` cannot be undone by the command it generates."""
    return [key for key in mutants.kept(NAME).get(function, []) if "|" not in key.split(">", 1)[1]]


def _mutation(key: str) -> Mutation:
    kind, rest = key.split("@", 1)
    offset, change = rest.split(":", 1)
    before, after = change.split(">", 1)
    return Mutation(kind, int(offset), before, after)


def _exports(functions: list[dict]) -> str:
    return f"\nmodule.exports = {{ {', '.join(fn['name'] for fn in functions)} }};\n"


def _module(functions: list[dict], bugs: dict[str, Mutation], params: dict) -> tuple[str, list[str]]:
    """The module's source with the bugs in it, and the sed commands that undo them (in file order)."""
    units = [(fn["source"], bugs.get(fn["name"])) for fn in functions]
    text, fixes = joined(units, "\n", f"lib/{params['module']}.js")
    return text + _exports(functions), fixes


def _tests(functions: list[dict], module: str) -> str:
    names = ", ".join(fn["name"] for fn in functions)
    text = ('const test = require("node:test");\nconst assert = require("node:assert/strict");\n'
            f'const {{ {names} }} = require("../lib/{module}");\n')
    for fn in functions:
        for description, body in fn["tests"]:
            text += f'\ntest("{fn["name"]}: {description}", () => {{\n  {body}\n}});\n'
    return text


def _files(params: dict, source: str, functions: list[dict], rng: random.Random) -> list[dict]:
    module = params["module"]
    required = _misspelled(module) if params["outcome"] == "require_error" else module
    return [
        {"path": f"project/lib/{module}.js", "content": source},
        {"path": f"project/test/{module}.test.js", "content": _tests(functions, required)},
        *project_files(HERE, {"package": params["package"], "module": module, "minor": rng.randint(0, 9)}),
    ]


def _misspelled(module: str) -> str:
    return module[:-2] + module[-1]


def _session(rng: random.Random, params: dict, fixes: list[str]) -> Session:
    runner, outcome = params["runner"], params["outcome"]
    paths = _paths(params)
    session = Session(rng).look(params["inspect"].format(**paths))
    if outcome == "pass":
        return session.run(runner)
    failure = "loading" if outcome == "require_error" else "tests"
    _declare(session, params)
    session.fail(runner, failure, shown_by=FAILED_SUMMARY if params["piped"] else None)
    session.look(params["investigate"].format(**paths))
    if params["fix"] == "none":
        rerun = _narrowed(runner, params["broken"][0]) if params["broken"] else runner
        return session.fail(rerun, failure, shown_by=FAILED_SUMMARY if params["piped"] else None)
    if outcome == "require_error":
        wrong = _misspelled(params["module"])
        fixes = [f"sed -i 's|../lib/{wrong}\"|../lib/{params['module']}\"|' {paths['test_path']}"]
    return _fix(session, params, fixes, failure)


def _paths(params: dict) -> dict:
    function = params["broken"][0] if params["broken"] else params["functions"][-1]
    index = params["functions"].index(function)
    return {"module_path": f"lib/{params['module']}.js", "function": function,
            "test_path": f"test/{params['module']}.test.js", "start": 1 + 4 * index, "end": 12 + 4 * index}


def _declare(session: Session, params: dict) -> None:
    if params["outcome"] == "fail":  # the report quotes the first failing test, which names the first bug
        session.failure("tests", "test_failure", "application developer", params["broken"][0])
    else:
        session.failure("loading", "not_found", "application developer", f"../lib/{_misspelled(params['module'])}")


def _fix(session: Session, params: dict, fixes: list[str], failure: str) -> Session:
    """Fix everything and re-run, or fix one bug at a time with a run (or a narrowed run) after each."""
    if params["fix"] == "all" or len(fixes) == 1:
        return session.look(*fixes).retry(params["runner"], failure)
    for fix, left in zip(fixes[:-1], params["broken"][1:]):
        session.run(fix)  # then a run of the tests still failing (the whole suite, or narrowed to them)
        rerun = _narrowed(params["runner"], left) if params["rerun_pattern"] else params["runner"]
        session.fail(rerun, failure, shown_by=FAILED_SUMMARY if params["piped"] else None)
    return session.run(fixes[-1]).retry(params["runner"], failure)


def _narrowed(runner: str, function: str) -> str:
    """The runner narrowed to one function's tests, the way that runner passes options."""
    pattern = f"--test-name-pattern={function}"
    if runner.startswith("npm test"):
        return f"npm test -- {pattern}"
    if runner == PIPED:
        return PIPED.replace("node --test", f"node --test {pattern}")
    return runner.replace("node --test", f"node --test {pattern}")


def trials() -> list[mutants.Trial]:
    """Every mutation of every function, each run alone against its own tests."""
    found = []
    for fn in data(HERE)["functions"]:
        for mutation in candidates(fn["source"], "js", _names(fn["source"])):
            source = mutation.apply(fn["source"]) + _exports([fn])
            files = [{"path": "project/lib/calc.js", "content": source},
                     {"path": "project/test/calc.test.js", "content": _tests([fn], "calc")},
                     *project_files(HERE, {"package": "calc", "module": "calc", "minor": 1})]
            found.append(mutants.Trial(fn["name"], mutation.key, files,
                                       "timeout 10 node --test --test-reporter=spec",
                                       rf"^✖ {fn['name']}: "))
    return found


def _names(source: str) -> frozenset[str]:
    """The function's own names (parameters and locals), which a misspelling turns into a ReferenceError."""
    params = re.findall(r"function \w+\(([^)]*)\)|\((\w+)\) =>", source)
    declared = re.findall(r"\b(?:const|let) (\w+)", source)
    names = {name.strip() for pair in params for group in pair for name in group.split(",")} | set(declared)
    return frozenset(name for name in names if len(name) >= 4 and name.islower())
