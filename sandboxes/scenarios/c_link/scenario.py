"""A small C project built with make: it links and its checks pass, the link fails (`undefined reference`:
a module left out of the Makefile's SRCS, or the math library missing from LDLIBS), a drawn mutation stops
the compile, or one makes the project's own test binary report failed checks. The developer reads the
error, looks at the Makefile or the code, fixes it with sed (or `make LDLIBS=-lm`) and rebuilds — or stops."""
from __future__ import annotations

import random
import re
from pathlib import Path

from sandboxes.scenarios import mutants
from sandboxes.scenarios.kit import Session, data, project_files, render
from sandboxes.scenarios.mutate import Mutation, candidates, sed_fix

HERE = Path(__file__).parent
NAME = "c-link"
SHOWN = {"link": r"undefined reference to", "build": r"\.c:\d+:\d+: error: ", "tests": r"^FAIL tests/"}
FIXES = {"pass": ["none"], "libm": ["none", "edit", "override"], "object": ["none", "edit"], "build": ["none", "edit"],
         "tests": ["none", "edit"]}
TRIAL = {"program": "trial", "modules": ["stats", "extra"], "split": 1, "outcome": "trial", "missing": ""}
LIBM = re.compile(r"\b(sqrt|pow|round|floor|ceil|log10|exp)\(")


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    outcome = rng.choices(["pass", "object", "libm", "build", "tests"], weights=[2, 3, 3, 3, 3])[0]
    functions = _functions(rng, book["functions"], outcome)
    bugs = _bugs(rng, functions, outcome)
    split = rng.randint(1, len(functions) - 1)
    modules = [rng.choice(book["modules"]["first"]), rng.choice(book["modules"]["second"])]
    failing = "make test" if outcome == "tests" else rng.choice(book["runners"])
    piped = outcome != "pass" and rng.random() < 0.25
    params = {
        "program": rng.choice(book["programs"]), "modules": modules, "functions": [fn["name"] for fn in functions],
        "split": split, "outcome": outcome, "broken": sorted(bugs), "mutations": [bugs[n].key for n in sorted(bugs)],
        "missing": rng.choice(modules) if outcome == "object" else "none",
        "runner": (rng.choice(book["piped"]).replace("make", failing, 1) if piped else failing),
        "piped": piped, "inspect": rng.choice(book["inspect"]),
        "fix": rng.choice(FIXES[outcome] + (["one_by_one"] if len(bugs) > 1 else [])),
    }
    files, fixes, where = _files(params, functions, bugs)
    return _session(rng, params, fixes, where, functions).fields(params, files)


def _functions(rng: random.Random, pool: list[dict], outcome: str) -> list[dict]:
    """3-5 functions; a libm outcome needs one that calls libm, a bug outcome one with kept mutants."""
    unit = {"build": "{}/build", "tests": "{}"}.get(outcome)
    while True:
        chosen = rng.sample(pool, rng.randint(3, 5))
        libm = outcome != "libm" or any(fn["libm"] for fn in chosen)
        if libm and (unit is None or any(mutants.kept(NAME).get(unit.format(fn["name"])) for fn in chosen)):
            return chosen


def _bugs(rng: random.Random, functions: list[dict], outcome: str) -> dict[str, Mutation]:
    if outcome not in ("build", "tests"):
        return {}
    unit = "{}/build" if outcome == "build" else "{}"
    breakable = [fn for fn in functions if mutants.kept(NAME).get(unit.format(fn["name"]))]
    count = 1 if outcome == "build" else rng.randint(1, min(2, len(breakable)))
    return {fn["name"]: Mutation.parse(rng.choice(mutants.kept(NAME)[unit.format(fn["name"])]), fn["source"])
            for fn in rng.sample(breakable, count)}


def _files(params: dict, functions: list[dict], bugs: dict[str, Mutation]) -> tuple[list[dict], list[str], list]:
    """The project with the bugs in it, the seds that undo them and where each bug is (in file order)."""
    prog, split, outcome = params["program"], params["split"], params["outcome"]
    groups = [functions[:split], functions[split:]]
    files, fixes, where = [], [], []
    for module, group in zip(params["modules"], groups):
        path = f"src/{module}.c"
        clean = _module(prog, module, [fn["source"] for fn in group], group)
        broken = _module(prog, module, [bugs[fn["name"]].apply(fn["source"]) if fn["name"] in bugs else fn["source"]
                                        for fn in group], group)
        for fn in group:
            if fn["name"] in bugs:
                bug = bugs[fn["name"]]
                moved = Mutation(bug.kind, bug.offset + clean.index(fn["source"]), bug.before, bug.after)
                fixes.append(sed_fix(moved, clean, path))
                symbol = bug.before if bug.kind == "misspell-symbol" else fn["name"]
                where.append({"path": path, "line": moved.line(clean), "function": fn["name"], "symbol": symbol})
        files.append({"path": f"project/{path}", "content": broken})
    uses_libm = any(fn["libm"] for fn in functions)
    srcs = ["src/main.c"] + [f"src/{m}.c" for m in params["modules"] if m != params["missing"]]
    context = {"prog": prog, "srcs": " ".join(srcs), "ldlibs": " -lm" if uses_libm and outcome != "libm" else ""}
    files += [
        {"path": f"project/include/{prog}.h", "content": _template("header.h.j2", guard=f"{prog.upper()}_H",
                                                                     protos=[fn["proto"] for fn in functions])},
        {"path": "project/src/main.c", "content": _template("main.c.j2", prog=prog, calls=[fn["call"] for fn in functions])},
        {"path": f"project/tests/test_{prog}.c",
         "content": _template("test.c.j2", prog=prog, checks=[check for fn in functions for check in fn["checks"]])},
        *project_files(HERE, context),
    ]
    return files, fixes, where


def _module(prog: str, module: str, sources: list[str], group: list[dict]) -> str:
    names = ", ".join(fn["name"] for fn in group)
    return _template("module.c.j2", module=module, prog=prog, about=names, sources=sources, libm=any(fn["libm"] for fn in group))


def _template(name: str, **context: object) -> str:
    return render((HERE / "templates" / name).read_text(encoding="utf-8"), context)


def _session(rng: random.Random, params: dict, fixes: list[str], where: list, functions: list[dict]) -> Session:
    outcome, runner, prog = params["outcome"], params["runner"], params["program"]
    session = Session(rng).look(params["inspect"])
    runs = [f"./bin/{prog}", "make test"]
    if outcome == "pass":
        return session.run(runner).look(*rng.sample(runs, rng.randint(1, 2)))
    failure = {"object": "link", "libm": "link"}.get(outcome, outcome)
    _declare(session, params, where, functions)
    if outcome == "tests":
        session.run(rng.choice(data(HERE)["runners"]))
    session.fail(runner, failure, shown_by=SHOWN[failure] if params["piped"] else None)
    _investigate(session, params, where, functions)
    rerun = runner.split(" 2>&1")[0]  # the same build again, without the pipe
    if params["fix"] == "none":
        return session.fail(rerun, failure) if rng.random() < 0.5 else session
    fixes = fixes or [_link_fix(rng, params, functions)]
    if params["fix"] == "override":
        session.retry(f"{rerun} LDLIBS=-lm", failure).run(fixes[0]).run(rerun)
    elif params["fix"] == "one_by_one":
        session.run(fixes[0]).fail(rerun, failure).run(fixes[1]).retry(rerun, failure)
    else:
        session.look(*fixes).retry(rerun, failure)
    return session.look(*rng.sample([run for run in runs if run != rerun], 1))


def _link_fix(rng: random.Random, params: dict, functions: list[dict]) -> str:
    """The Makefile edit: the missing module added to SRCS, or -lm to LDLIBS."""
    if params["outcome"] == "libm":
        return rng.choice(["sed -i 's/^LDLIBS  =$/LDLIBS  = -lm/' Makefile", "sed -i '/^LDLIBS/s/$/ -lm/' Makefile"])
    module = f"src/{params['missing']}.c"
    return rng.choice([f"sed -i '/^SRCS/s|$| {module}|' Makefile", f"sed -i 's|^SRCS    = .*|& {module}|' Makefile"])


def _investigate(session: Session, params: dict, where: list, functions: list[dict]) -> None:
    """One or two looks at the Makefile and sources for a link error; a look at the code of each bug."""
    looks = data(HERE)["investigate"]
    if not where:
        symbol = _missing_symbol(params, functions)
        kind = "libm" if params["outcome"] == "libm" else "link"
        session.look_some([look.format(symbol=symbol) for look in looks[kind]], 1, 2)
    for bug in where:
        around = {**bug, "start": max(1, bug["line"] - 4), "end": bug["line"] + 4}
        session.look_some([look.format(**around) for look in looks["code"]], 1, 1 if len(where) > 1 else 2)


def _missing_symbol(params: dict, functions: list[dict]) -> str:
    """The first symbol the linker reports: a function of the left-out module (in main's call order), or the
    first libm function the linked modules call."""
    if params["outcome"] == "object":
        index = params["modules"].index(params["missing"])
        group = functions[:params["split"]] if index == 0 else functions[params["split"]:]
        return group[0]["name"]
    return next(match.group(1) for fn in functions if fn["libm"] for match in [LIBM.search(fn["source"])])


def _declare(session: Session, params: dict, where: dict, functions: list[dict]) -> None:
    outcome = params["outcome"]
    if outcome in ("object", "libm"):  # a left-out module is its author's; the link line is the Makefile's
        owner = "build maintainer" if outcome == "libm" else "application developer"
        session.failure("link", "link_error", owner, _missing_symbol(params, functions))
    elif outcome == "build":
        session.failure("build", "compile_error", "application developer", where[0]["path"], where[0]["symbol"])
    else:
        first = next(name for name in params["functions"] if name in params["broken"])
        session.failure("tests", "test_failure", "application developer", first)


def trials() -> list[mutants.Trial]:
    """Per function: misspellings must stop the compile naming the symbol; other mutations must build
    without a warning and make the test binary report a failed check."""
    found = []
    for fn in data(HERE)["functions"]:
        for mutation in candidates(fn["source"], "c", _names(fn["source"])):
            files = _files(TRIAL, [fn], {fn["name"]: mutation})[0]
            if mutation.kind == "misspell-symbol":
                found.append(mutants.Trial(f"{fn['name']}/build", mutation.key, files, "make",
                                           rf"^src/\w+\.c:\d+:\d+: error: .*[‘']{mutation.before}[’']"))
            else:
                found.append(mutants.Trial(fn["name"], mutation.key, files, "make -s && timeout 5 make -s test",
                                           r"\A(?![\s\S]*warning:)[\s\S]*^FAIL tests/[\s\S]*^\d+ passed, [1-9]\d* failed$"))
    return found


def _names(source: str) -> frozenset[str]:
    """The function's own parameters and locals, which a misspelling turns into `undeclared`."""
    header = source[source.index("(") + 1:source.index(")")]
    names = {re.findall(r"\w+", piece)[-1] for piece in header.split(",")}
    names |= set(re.findall(r"\b(?:int|long|double|char)\s+\**(\w+)\s*[=;,]", source))
    names |= set(re.findall(r",\s*(\w+)\s*=", source))
    return frozenset(name for name in names if len(name) >= 4)
