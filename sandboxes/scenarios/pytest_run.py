"""A small Python package with pytest: all pass, or tests fail (assertion, exception, import error),
and the developer investigates, fixes with sed and re-runs — or stops after the failure."""
from __future__ import annotations

import random
from dataclasses import dataclass

from sandboxes.scenarios import Scenario


@dataclass(frozen=True)
class Function:
    """A function with its tests, and two ways to break it: a wrong value and an exception."""

    name: str
    source: str
    tests: tuple[str, ...]
    wrong_value: tuple[str, str]  # (correct text, buggy text) inside source
    raises: tuple[str, str]


FUNCTIONS = (
    Function("apply_discount",
             "def apply_discount(price, percent):\n    return round(price * (1 - percent / 100), 2)\n",
             ("assert apply_discount(200, 15) == 170.0", "assert apply_discount(80, 0) == 80"),
             ("percent / 100)", "percent / 10)"), ("round(price", "round(str(price)")),
    Function("word_count", "def word_count(text):\n    return len(text.split())\n",
             ('assert word_count("hello   world") == 2', 'assert word_count("") == 0'),
             ("text.split()", 'text.split(" ")'), ("text.split()", "text.splitt()")),
    Function("median",
             "def median(values):\n    ordered = sorted(values)\n    mid = len(ordered) // 2\n"
             "    if len(ordered) % 2:\n        return ordered[mid]\n"
             "    return (ordered[mid - 1] + ordered[mid]) / 2\n",
             ("assert median([3, 1, 2]) == 2", "assert median([4, 1, 3, 2]) == 2.5"),
             ("return ordered[mid]\n", "return ordered[mid - 1]\n"), ("sorted(values)", "values.sort()")),
    Function("parse_duration",
             'UNITS = {"h": 3600, "m": 60, "s": 1}\n\n\ndef parse_duration(text):\n'
             '    number, unit = int(text[:-1]), text[-1]\n    return number * UNITS[unit]\n',
             ('assert parse_duration("2h") == 7200', 'assert parse_duration("45s") == 45'),
             ('"h": 3600', '"h": 360'), ("UNITS[unit]", "UNITS[unit.upper()]")),
    Function("slugify", 'def slugify(title):\n    return "-".join(title.lower().split())\n',
             ('assert slugify("Hello World") == "hello-world"', 'assert slugify("  Release  Notes ") == "release-notes"'),
             ('"-".join', '"_".join'), ("title.lower()", "title.lower")),
    Function("to_fahrenheit", "def to_fahrenheit(celsius):\n    return celsius * 9 / 5 + 32\n",
             ("assert to_fahrenheit(100) == 212", "assert to_fahrenheit(-40) == -40"),
             ("+ 32", "+ 23"), ("+ 32", '+ "32"')),
    Function("clamp", "def clamp(value, low, high):\n    return max(low, min(value, high))\n",
             ("assert clamp(15, 0, 10) == 10", "assert clamp(-3, 0, 10) == 0"),
             ("max(low, min(value, high))", "min(low, max(value, high))"), ("min(value, high)", "min(value, high, key=len)")),
    Function("initials", 'def initials(name):\n    return "".join(part[0].upper() for part in name.split())\n',
             ('assert initials("ada lovelace") == "AL"', 'assert initials("Grace Brewster Hopper") == "GBH"'),
             ("part[0].upper()", "part[-1].upper()"), ("name.split()", 'name.split(",")[1]')),
)
PACKAGES = ("shop", "textkit", "billing", "metrics", "inventory", "payroll", "geo", "reports")
MODULES = ("utils", "helpers", "core", "calc", "tools", "common")
RUNNERS = ("pytest", "pytest -q", "python3 -m pytest", "python3 -m pytest -q", "pytest -v", "pytest --tb=short -q")
INSPECT = ("ls", "ls -R", "tree", "cat {module_path}", "head -n 20 {module_path}", "grep -n def {module_path}")
PYPROJECT = '[project]\nname = "{package}"\nversion = "0.{minor}.0"\n\n[tool.pytest.ini_options]\npythonpath = ["."]\n'


def draw(rng: random.Random) -> dict:
    package, module = rng.choice(PACKAGES), rng.choice(MODULES)
    functions = rng.sample(FUNCTIONS, rng.randint(3, 5))
    outcome = rng.choices(["pass", "fail", "import_error"], weights=[3, 5, 2])[0]
    broken = rng.sample(functions, rng.randint(1, min(3, len(functions)))) if outcome == "fail" else []
    kinds = {fn.name: rng.choice(["wrong_value", "raises"]) for fn in broken}
    fix = rng.choice(["none", "all", "one_by_one"]) if outcome != "pass" else "none"
    paths = {"module_path": f"{package}/{module}.py", "test_path": f"tests/test_{module}.py"}
    params = {
        "package": package, "module": module, "functions": [fn.name for fn in functions], "outcome": outcome,
        "broken": [fn.name for fn in broken], "kinds": [kinds[fn.name] for fn in broken], "fix": fix,
        "runner": rng.choice(RUNNERS), "inspect": rng.choice(INSPECT).format(**paths),
        "rerun_last_failed": rng.random() < 0.4,
        "piped": rng.random() < 0.2,  # `pytest | tail`: the pipe's exit code is tail's, so failures exit 0
    }
    if params["piped"]:
        params["runner"] += " | tail -n 20"
    return {"params": params, "files": _files(params, functions, kinds, rng),
            "steps": _steps(params, functions, kinds, paths), "failures": _failures(params, functions)}


def _failures(params: dict, functions: list[Function]) -> list[dict]:
    """The one failure a variant can have: failing tests (named by the broken functions) or a collection error."""
    if params["outcome"] == "fail":
        return [{"id": "tests", "category": "test_failure", "owner": "application developer",
                 "facts": params["broken"]}]
    if params["outcome"] == "import_error":
        return [{"id": "collection", "category": "test_collection_error", "owner": "application developer",
                 "facts": [_misspelled(functions[-1].name)]}]
    return []


def _files(params: dict, functions: list[Function], kinds: dict[str, str], rng: random.Random) -> list[dict]:
    package, module = params["package"], params["module"]
    source = "\n\n".join(_buggy(fn, kinds.get(fn.name)) for fn in functions)
    imported = [fn.name for fn in functions]
    if params["outcome"] == "import_error":
        imported[-1] = _misspelled(imported[-1])
    tests = f"from {package}.{module} import {', '.join(imported)}\n"
    for fn in functions:
        for number, assertion in enumerate(fn.tests, 1):
            tests += f"\n\ndef test_{fn.name}_{number}():\n    {assertion}\n"
    return [
        {"path": f"project/{package}/__init__.py", "content": ""},
        {"path": f"project/{package}/{module}.py", "content": source},
        {"path": f"project/tests/test_{module}.py", "content": tests},
        {"path": "project/pyproject.toml", "content": PYPROJECT.format(package=package, minor=rng.randint(1, 9))},
    ]


def _buggy(fn: Function, kind: str | None) -> str:
    if kind is None:
        return fn.source
    good, bad = getattr(fn, kind)
    return fn.source.replace(good, bad, 1)


def _misspelled(name: str) -> str:
    return name.replace("_", "", 1) if "_" in name else name + "s"


def _steps(params: dict, functions: list[Function], kinds: dict[str, str], paths: dict[str, str]) -> list[dict]:
    runner, outcome = params["runner"], params["outcome"]
    steps = [{"command": params["inspect"], "expect": "ok"}]
    if outcome == "pass":
        return steps + [{"command": runner, "expect": "ok"}]
    failure = "collection" if outcome == "import_error" else "tests"
    failing = _failing(failure, piped=params["piped"])
    steps.append({"command": runner, **failing})
    if params["fix"] == "none" and outcome == "import_error":
        return steps + [{"command": f"grep -n def {paths['module_path']}", "expect": "ok"}]
    if params["fix"] == "none":
        return steps + [{"command": f"pytest -q -k {params['broken'][0]}", **_failing(failure, piped=False)}]
    fixes = _fix_commands(params, functions, kinds, paths)
    passing = {"command": runner, "expect": "ok", "resolves": [failure]}
    if params["fix"] == "all" or len(fixes) == 1:
        return steps + [{"command": fix, "expect": "ok"} for fix in fixes] + [passing]
    for number, fix in enumerate(fixes, 1):
        steps.append({"command": fix, "expect": "ok"})
        if number == len(fixes):
            steps.append(passing)
        elif params["rerun_last_failed"]:
            steps.append({"command": "pytest -q --lf", **_failing(failure, piped=False)})
        else:
            steps.append({"command": runner, **failing})
    return steps


def _failing(failure: str, piped: bool) -> dict:
    """A failing run; behind `| tail` it exits 0, and the summary line is what shows the failure."""
    shown = {"shown_by": r"\d+ (failed|errors?)\b"} if piped else {}
    return {"expect": "fail", "failure": failure, **shown}


def _fix_commands(params: dict, functions: list[Function], kinds: dict[str, str], paths: dict[str, str]) -> list[str]:
    if params["outcome"] == "import_error":
        wrong = _misspelled(functions[-1].name)
        return [f"sed -i 's/{wrong}/{functions[-1].name}/' {paths['test_path']}"]
    fixes = []
    for fn in functions:
        if fn.name in kinds:
            good, bad = getattr(fn, kinds[fn.name])
            fixes.append(f"sed -i 's|{_sed_pattern(bad)}|{_sed_replacement(good)}|' {paths['module_path']}")
    return fixes


def _sed_pattern(text: str) -> str:
    """Escape what sed's basic regex treats specially (and the | delimiter)."""
    return _escape(text.rstrip("\n"), "\\[]*.^$|")


def _sed_replacement(text: str) -> str:
    return _escape(text.rstrip("\n"), "\\&|")


def _escape(text: str, specials: str) -> str:
    for char in specials:
        text = text.replace(char, "\\" + char)
    return text


SCENARIO = Scenario(
    name="pytest-run", family="pytest", version=2, image="python", draw=draw,
    description="pytest on a small package: pass, assertion/exception failures or an import error; fix with sed, re-run",
)
