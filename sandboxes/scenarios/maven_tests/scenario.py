"""JUnit 4 tests under Maven, offline from Debian's Maven repository: all pass, tests fail on a procedurally
drawn bug (`BUILD FAILURE`, or `BUILD SUCCESS` with failures when they are ignored), or the class does not
compile (a misspelled name, a deleted return). The developer reads the surefire report, looks at the code,
fixes it with sed and re-runs Maven — or stops with the failure open."""
from __future__ import annotations

import random
import re
from pathlib import Path

from sandboxes.scenarios import mutants
from sandboxes.scenarios.kit import Session, data, project_files, render
from sandboxes.scenarios.mutate import Mutation, candidates, sed_fix

INDENT = " " * 8  # a method body's
HERE = Path(__file__).parent
NAME = "maven-tests"
MVN_S = 240  # Maven starts a JVM per run; on a busy machine a run takes tens of seconds
HIDDEN = {"tail": " | tail -n 40", "ignore": " -Dmaven.test.failure.ignore=true"}
RETURN_FITS = 40  # characters of a deleted return line that `sed -i 'Na\\...' path` can put back on one line
SHOWN = {"tests": r"Tests run: \d+, Failures: (?:[1-9]|\d+, Errors: [1-9])", "build": r"\.java:\[\d+,\d+\] "}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    outcome = rng.choices(["pass", "tests", "build"], weights=[2, 5, 3])[0]
    methods, bugs = _bugs(rng, book["methods"], outcome)
    runner = rng.choice(book["test_runners"])
    hidden = rng.choice(["none", "none", "tail", "ignore"]) if outcome == "tests" else "none"
    params = {
        "artifact": rng.choice(book["artifacts"]), "package": rng.choice(book["packages"]),
        "cls": rng.choice(book["classes"]), "methods": [m["name"] for m in methods], "outcome": outcome,
        "broken": sorted(bugs), "mutations": [_key(bugs[name]) for name in sorted(bugs)], "hidden": hidden,
        "fix": rng.choice(["none", "all", "one_by_one"]) if outcome != "pass" else "none",
        "verify_single": outcome == "tests" and rng.random() < 0.4, "inspect": rng.choice(book["inspect"]),
    }
    params["runner"] = runner.format(**params) + (HIDDEN[hidden] if hidden != "none" else "")
    paths = _paths(params, methods)
    looks = [look.format(**paths) for look in rng.sample(book["investigate"], rng.randint(1, 2))]
    params["investigate"] = [look for look in looks if outcome == "tests" or "surefire" not in look]  # no compile, no report
    files, fixes = _files(params, methods, bugs, rng.randint(0, 9))
    return _session(rng, params, paths, fixes).fields(params, files)


def _bugs(rng: random.Random, pool: list[dict], outcome: str) -> tuple[list[dict], dict[str, Mutation]]:
    """3-5 methods, and for a failing outcome one or two of them broken by a kept mutant of that kind."""
    unit, kept = "{}" if outcome == "tests" else "{}/build", mutants.kept(NAME)
    while True:
        methods = rng.sample(pool, rng.randint(3, 5))
        breakable = [m for m in methods if outcome != "pass" and kept.get(unit.format(m["name"]))]
        if outcome == "pass" or breakable:
            break
    count = 0 if outcome == "pass" else rng.randint(1, min(2, len(breakable)))
    return methods, {m["name"]: _mutation(m, rng.choice(_fitting(m, kept[unit.format(m["name"])])))
                     for m in rng.sample(breakable, count)}


def _fitting(method: dict, keys: list[str]) -> list[str]:
    """The kept mutants whose fix fits a terminal line: a long deleted return is not typed back with sed."""
    short = len(Mutation.final_return(method["source"], INDENT).before.strip()) <= RETURN_FITS
    return [key for key in keys if key != "delete-return" or short]


def _key(bug: Mutation) -> str:
    return f"delete-return@{bug.offset}" if bug.kind == "delete-return" else bug.key


def _mutation(method: dict, key: str) -> Mutation:
    if key == "delete-return":
        return Mutation.final_return(method["source"], INDENT)
    return Mutation.parse(key, method["source"])


def _files(params: dict, methods: list[dict], bugs: dict[str, Mutation], minor: int) -> tuple[list[dict], list[str]]:
    """The project with the bugs in its class, and the sed commands that undo them (in the order they are typed)."""
    context = {**params, "imports": sorted({name for m in methods for name in m["imports"]}), "minor": minor}
    paths = _paths(params, methods)
    clean = source = render((HERE / "templates/Class.java.j2").read_text(), context)
    edits = []  # (line in the clean file, a deleted line?, the sed command for the line it is on by then)
    for method in methods:
        bug = bugs.get(method["name"])
        if bug and bug.kind == "delete-return":  # put the line back after the one before it
            text = bug.before.strip().replace("\\", "\\\\")  # sed reads backslash escapes in the text
            edits.append((clean.count("\n") + 1 + bug.line(method["source"]), True,
                          lambda at, text=text: f"sed -i '{at}a\\        {text}' {paths['source']}"))
        elif bug:
            moved = Mutation(bug.kind, bug.offset + len(clean) + 1, bug.before, bug.after)
            command = sed_fix(moved, f"{clean}\n{method['source']}", paths["source"])
            edits.append((moved.line(f"{clean}\n{method['source']}"), False,
                          lambda at, command=command: re.sub(r"^sed -i '\d+", f"sed -i '{at}", command)))
        clean, source = f"{clean}\n{method['source']}", f"{source}\n{bug.apply(method['source']) if bug else method['source']}"
    test = render((HERE / "templates/ClassTest.java.j2").read_text(), {**context, "methods": methods})
    return [{"path": f"project/{paths['source']}", "content": source + "}\n"},
            {"path": f"project/{paths['test_path']}", "content": test}, *project_files(HERE, context)], _ordered(edits)


def _ordered(edits: list[tuple]) -> list[str]:
    """javac reports a missing return only once every name resolves, so misspellings are fixed first; each
    command addresses its line as it is by then (deleted lines not yet put back shift it up)."""
    missing, fixes = {line for line, deleted, _ in edits if deleted}, []
    for line, deleted, command in sorted(edits, key=lambda edit: (edit[1], edit[0])):
        shift = sum(gone < line for gone in missing)
        fixes.append(command(line - 1 - shift if deleted else line - shift))
        missing.discard(line)
    return fixes


def _paths(params: dict, methods: list[dict]) -> dict:
    # surefire lists failures sorted by test name: the first one listed is the one the developer takes up
    method = min((m for m in methods if m["name"] in params["broken"]), key=lambda m: m["test"], default=methods[0])
    name = method["name"]
    folder, cls = f"com/example/{params['package']}", params["cls"]
    at = 9 + 6 * params["methods"].index(name)
    return {**params, "source": f"src/main/java/{folder}/{cls}.java", "test_path": f"src/test/java/{folder}/{cls}Test.java",
            "report": f"target/surefire-reports/com.example.{params['package']}.{cls}Test.txt",
            "method": name, "test": method["test"], "start": at, "end": at + 12}


def _session(rng: random.Random, params: dict, paths: dict, fixes: list[str]) -> Session:
    outcome, runner = params["outcome"], params["runner"]
    session = Session(rng).look(params["inspect"].format(**paths))
    if outcome == "pass":
        return session.run(runner, timeout_s=MVN_S)
    failure = outcome
    _declare(session, params, paths)
    session.fail(runner, failure, shown_by=SHOWN[failure] if params["hidden"] != "none" else None, timeout_s=MVN_S)
    session.look(*params["investigate"])
    single = f"mvn -o -q test -Dtest={params['cls']}Test#{paths['test']}"
    if params["fix"] == "none":  # a narrower run that shows the same failure, and the session stops there
        return session.fail(single if failure == "tests" else "mvn -o -q compile", failure, timeout_s=MVN_S)
    if params["fix"] == "all" or len(fixes) == 1:
        session.look(*fixes)
    elif _revealed(params):  # javac reports the missing return only once the misspelled name resolves
        session.failure("flow", "compile_error", "application developer", "missing return statement")
        session.run(fixes[0]).fail("mvn -o -q test", "flow", resolves=[failure], timeout_s=MVN_S).run(fixes[1])
        failure = "flow"
    else:
        session.run(fixes[0]).fail("mvn -o -q test", failure, timeout_s=MVN_S).run(fixes[1])
    if params["verify_single"]:  # the test that failed first, alone, before the whole suite
        return session.retry(single, failure, timeout_s=MVN_S).run(runner, timeout_s=MVN_S)
    return session.retry(runner, failure, timeout_s=MVN_S)


def _revealed(params: dict) -> bool:
    """A misspelling and a deleted return together: the first compile names only the misspelling."""
    kinds = {mutation.split("@")[0] for mutation in params["mutations"]}
    return params["outcome"] == "build" and kinds == {"misspell-symbol", "delete-return"}


def _declare(session: Session, params: dict, paths: dict) -> None:
    if params["outcome"] == "tests":
        session.failure("tests", "test_failure", "application developer", f"{params['cls']}Test.{paths['test']}")
    else:
        session.failure("build", "compile_error", "application developer", f"{params['cls']}.java")


def trials() -> list[mutants.Trial]:
    """Every mutation of every method, each run alone against its test: misspelled names and a deleted
    return must stop the compile; the other mutations must fail the test."""
    found = []
    params = {"artifact": "shop", "package": "pricing", "cls": "Calc", "outcome": "trial"}
    for method in data(HERE)["methods"]:
        for bug in [*_one_misspelling_per_name(candidates(method["source"], "java", _names(method["source"]))),
                    Mutation.final_return(method["source"], INDENT)]:
            files = _files({**params, "methods": [method["name"]], "broken": [method["name"]]}, [method],
                           {method["name"]: bug}, 0)[0]
            if bug.kind in ("misspell-symbol", "delete-return"):
                found.append(mutants.Trial(f"{method['name']}/build", "delete-return" if bug.kind == "delete-return"
                                           else bug.key, files, "mvn -B -o -q test", r"^\[ERROR\] /\S+\.java:\[\d+,\d+\] "))
            else:
                found.append(mutants.Trial(method["name"], bug.key, files, "mvn -B -o -q test",
                                           rf"^\[ERROR\]\s+CalcTest\.{method['test']}:\d+ "))
    return found


def _one_misspelling_per_name(found: list[Mutation]) -> list[Mutation]:
    """Each name misspelled once, at its first use after the declaration: a Maven run takes seconds, and
    more misspellings of one name show nothing new."""
    others, misspelt = [], {}
    for bug in found:
        (misspelt.setdefault(bug.before, []) if bug.kind == "misspell-symbol" else others).append(bug)
    return others + [uses[1] if len(uses) > 1 else uses[0] for uses in misspelt.values()]


def _names(source: str) -> frozenset[str]:
    """The method's own names (parameters and locals), which a misspelling turns into `cannot find symbol`."""
    declared = re.findall(r"\b(?:int|double|boolean|String|StringBuilder)(?:\[\])?\s+(\w+)(?!\w|\s*\()", source)
    return frozenset(name for name in declared if not name[0].isupper())
