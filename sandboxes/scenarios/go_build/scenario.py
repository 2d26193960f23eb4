"""`go build` / `go vet` / `go test` on a small stdlib-only module: tests fail on a drawn mutation, the package
does not compile (a mutation, a deleted final return, a caller passing the wrong type), an import names a
package no module provides (a moved package, a vendored module missing from go.mod), or all is well. The
developer reads the error, looks at the code, fixes it with sed or `go mod edit` and rebuilds — or stops."""
from __future__ import annotations

import random
import re
from pathlib import Path

from sandboxes.scenarios import mutants
from sandboxes.scenarios.kit import Session, data, project_files, render
from sandboxes.scenarios.mutate import Mutation, candidates, sed_fix

HERE = Path(__file__).parent
NAME = "go-build"
UNITS = {"tests": "{}", "build": "{}/build", "types": "{}/call"}  # mutants.yaml units per outcome
SHOWN = {"tests": r"^--- FAIL: ", "build": r"\.go:\d+:\d+: ", "deps": r"no required module provides package"}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    outcome = rng.choices(["pass", "tests", "build", "types", "deps"], weights=[2, 4, 3, 2, 3])[0]
    functions, bugs = _bugs(rng, book["functions"], outcome)
    missing = rng.choice(["moved", "library"]) if outcome == "deps" else "none"
    library = rng.choice(book["libraries"]) if missing == "library" or rng.random() < 0.25 else None
    runner = rng.choice(book["test_runners"] if outcome in ("tests", "pass") else book["build_runners"])
    package = rng.choice(book["packages"])
    params = {
        "module": rng.choice(book["modules"]), "package": package, "pkgdir": rng.choice([package, f"internal/{package}"]),
        "file": rng.choice(book["files"]), "functions": [fn["name"] for fn in functions], "outcome": outcome,
        "broken": sorted(bugs), "mutations": [_key(bugs[name]) for name in sorted(bugs)], "missing": missing,
        "library": f"github.com/{library['org']}/{library['name']}" if library else "none",
        "pipe": rng.choice(book["pipes"]) if rng.random() < 0.25 and "&&" not in runner else "",
        "fix": rng.choice(["none", "all", "one_by_one"]) if outcome != "pass" else "none",
        "inspect": rng.choice(book["inspect"]),
    }
    params["runner"] = runner.format(**params) + params["pipe"]
    looks = book["vendored"] if missing == "library" else book["find_package"] if missing == "moved" else book["investigate"]
    params["investigate"] = [look.format(**_paths(params)) for look in rng.sample(looks, rng.randint(1, 2))]
    files, fixes = _files(params, functions, bugs, library)
    return _session(rng, params, fixes).fields(params, files)


def _bugs(rng: random.Random, pool: list[dict], outcome: str) -> tuple[list[dict], dict[str, Mutation]]:
    """3-5 functions, and for a bug outcome one or two of them broken by a kept mutant of that kind (a
    wrong-type call is one call in main.go)."""
    kept = mutants.kept(NAME)
    while True:
        functions = rng.sample(pool, rng.randint(3, 5))
        breakable = [fn for fn in functions if outcome in UNITS and kept.get(UNITS[outcome].format(fn["name"]))]
        if outcome not in UNITS or breakable:
            break
    count = 0 if outcome not in UNITS else 1 if outcome == "types" else rng.randint(1, min(2, len(breakable)))
    return functions, {fn["name"]: _mutation(fn, rng.choice(kept[UNITS[outcome].format(fn["name"])]))
                       for fn in rng.sample(breakable, count)}


def _key(bug: Mutation) -> str:
    """How a bug reads in the parameters (a deleted line or a wrong call in short)."""
    return {"delete-return": f"delete-return@{bug.offset}", "wrong-call": f"wrong-call:{bug.after}"}.get(bug.kind, bug.key)


def _mutation(fn: dict, key: str) -> Mutation:
    if key == "wrong-call":
        return Mutation("wrong-call", 0, fn["call"], fn["wrong_call"])
    if key == "delete-return":
        return Mutation.final_return(fn["source"], "\t")
    return Mutation.parse(key, fn["source"])


def _files(params: dict, functions: list[dict], bugs: dict[str, Mutation],
           library: dict | None) -> tuple[list[dict], list[str]]:
    """The module's files with the bugs in them, and the commands that undo them (in file order)."""
    path = f"{params['pkgdir']}/{params['file']}.go"
    imports = sorted({name for fn in functions for name in fn["imports"]})
    clean = source = render((HERE / "templates/header.go.j2").read_text(), {"package": params["package"], "imports": imports})
    fixes = []
    for fn in functions:
        bug = bugs.get(fn["name"]) if params["outcome"] != "types" else None
        if bug and bug.kind == "delete-return":  # put the line back after the one before it
            fixes.append(f"sed -i '{clean.count(chr(10)) + bug.line(fn['source'])}a\\\\t{bug.before.strip()}' {path}")
        elif bug:
            moved = Mutation(bug.kind, bug.offset + len(clean) + 1, bug.before, bug.after)
            fixes.append(sed_fix(moved, f"{clean}\n{fn['source']}", path))
        clean, source = f"{clean}\n{fn['source']}", f"{source}\n{bug.apply(fn['source']) if bug else fn['source']}"
    main, main_fixes = _main(params, functions, bugs, library)
    test = render((HERE / "templates/calc_test.go.j2").read_text(), {"package": params["package"], "functions": functions})
    required = params["library"] if library and params["missing"] != "library" else ""
    files = [{"path": f"project/{path}", "content": source}, {"path": "project/main.go", "content": main},
             {"path": f"project/{params['pkgdir']}/{params['file']}_test.go", "content": test},
             *project_files(HERE, {**params, "require": required, "name": library and library["name"]}, skip=("main.go",))]
    if library:
        folder = f"project/third_party/{library['name']}"
        files += [{"path": f"{folder}/go.mod", "content": render((HERE / "templates/library.go.mod.j2").read_text(), library)},
                  {"path": f"{folder}/{library['name']}.go", "content": library["source"]}]
    return files, fixes + main_fixes


def _main(params: dict, functions: list[dict], bugs: dict[str, Mutation], library: dict | None) -> tuple[str, list[str]]:
    """main.go calling each function (one with a wrong argument type), and the sed that fixes its import or call."""
    module, pkgdir, package = params["module"], params["pkgdir"], params["package"]
    imported = (package if pkgdir != package else f"internal/{package}") if params["missing"] == "moved" else pkgdir
    wrong = bugs if params["outcome"] == "types" else {}
    calls = [f"{package}.{wrong[fn['name']].after if fn['name'] in wrong else fn['call']}" for fn in functions]
    paths = sorted([f"example.com/{module}/{imported}"] + ([params["library"]] if library else []))
    main = render((HERE / "files/main.go.j2").read_text(),
                  {"imports": [paths], "calls": calls + ([library["call"]] if library else [])})
    if imported != pkgdir:
        return main, [f"sed -i 's#{module}/{imported}\"#{module}/{pkgdir}\"#' main.go"]
    if not wrong:
        return main, []
    bug = next(iter(wrong.values()))
    line = main.splitlines().index(f"\tfmt.Println({package}.{bug.after})") + 1
    pattern, replacement = re.sub(r"([][\\*.^$/])", r"\\\1", bug.after), re.sub(r"([\\&/])", r"\\\1", bug.before)
    return main, [f"sed -i '{line}s/{pattern}/{replacement}/' main.go"]


def _session(rng: random.Random, params: dict, fixes: list[str]) -> Session:
    outcome, runner, pkgdir = params["outcome"], params["runner"], params["pkgdir"]
    session = Session(rng).look(params["inspect"].format(**_paths(params)))
    if outcome == "pass":
        session.run(runner)
        return session.run(rng.choice(["go run .", f"go build -o bin/{params['module']} . && ./bin/{params['module']}"]))
    failure = "tests" if outcome == "tests" else "deps" if outcome == "deps" else "build"
    _declare(session, params, failure)
    session.fail(runner, failure, shown_by=SHOWN[failure] if params["pipe"] else None)
    session.look(*params["investigate"])
    if params["missing"] == "library":
        return _vendored(session, params)
    if params["fix"] == "none":  # a narrower run that shows the same failure, and the session stops there
        again = {"tests": f"go test -run 'Test{_paths(params)['function']}' ./{pkgdir}", "deps": "go mod tidy"}
        return session.fail(again.get(failure, f"go vet ./{pkgdir}" if outcome == "build" else "go vet ."), failure)
    if params["fix"] == "all" or len(fixes) == 1:
        return session.look(*fixes).retry(runner, failure)
    session.run(fixes[0]).fail("go build ./..." if failure == "build" else f"go test ./{pkgdir}", failure)
    return session.run(fixes[1]).retry(runner, failure)


def _vendored(session: Session, params: dict) -> Session:
    """A module kept under third_party/ that go.mod does not point at; the proxy is off, so `go get` cannot help."""
    path = params["library"]
    if params["fix"] != "all":
        session.fail(f"go get {path}", "deps")
    if params["fix"] == "none":
        return session
    session.run(f"go mod edit -replace={path}=./third_party/{path.rsplit('/', 1)[1]}")
    if params["fix"] == "one_by_one":  # built once more before tidying: replaced but not yet required
        session.fail("go build ./...", "deps")
    return session.run("go mod tidy").retry(params["runner"], "deps")


def _paths(params: dict) -> dict:
    function = (params["broken"] or params["functions"])[0]
    target = "main.go" if params["outcome"] == "types" else f"{params['pkgdir']}/{params['file']}.go"
    at = 1 + 9 * params["functions"].index(function) % 14
    return {**params, "source": f"{params['pkgdir']}/{params['file']}.go", "target": target, "function": function,
            "start": at, "end": at + 12, "name": params["library"].rsplit("/", 1)[-1]}


def _declare(session: Session, params: dict, failure: str) -> None:
    if failure == "tests":
        first = next(name for name in params["functions"] if name in params["broken"])  # the first FAIL shown
        session.failure("tests", "test_failure", "application developer", first)
    elif failure == "build":
        session.failure("build", "compile_error", "application developer",
                        "main.go" if params["outcome"] == "types" else f"{params['file']}.go")
    else:
        moved = params["package"] if params["pkgdir"] != params["package"] else f"internal/{params['package']}"
        missing = f"example.com/{params['module']}/{moved}" if params["missing"] == "moved" else params["library"]
        session.failure("deps", "dependency_resolution", "build maintainer", missing)


def trials() -> list[mutants.Trial]:
    """Per function: every mutation run against its tests and built, the final return deleted, the wrong call."""
    found = []
    for fn in data(HERE)["functions"]:
        for bug in [*candidates(fn["source"], "go", _names(fn["source"])), Mutation.final_return(fn["source"], "\t")]:
            key, files = "delete-return" if bug.kind == "delete-return" else bug.key, _trial_files(fn, bug)
            if bug.kind != "delete-return":
                found.append(mutants.Trial(fn["name"], key, files, "go test ./...",
                                           rf"\A(?![\s\S]*^panic: )[\s\S]*^--- FAIL: Test{fn['name']} "))
            found.append(mutants.Trial(f"{fn['name']}/build", key, files, "go build ./...", r"^\S+\.go:\d+:\d+: "))
        files = _trial_files(fn, _mutation(fn, "wrong-call"))
        found.append(mutants.Trial(f"{fn['name']}/call", "wrong-call", files, "go build ./...", r"^\./main\.go:\d+:\d+: "))
    return found


def _trial_files(fn: dict, bug: Mutation) -> list[dict]:
    params = {"module": "shop", "package": "pricing", "pkgdir": "pricing", "file": "calc", "missing": "none",
              "outcome": "types" if bug.kind == "wrong-call" else "trial", "library": "none"}
    return _files(params, [fn], {fn["name"]: bug}, None)[0]


def _names(source: str) -> frozenset[str]:
    """The function's own names (parameters and locals), which a misspelling turns into `undefined: ...`."""
    params = re.search(r"func \w+\(([^)]*)\)", source).group(1)
    names = {piece.split()[0] for piece in params.split(",") if piece.strip()}
    names |= set(re.findall(r"(\w+) :=", source)) | set(re.findall(r"\bvar (\w+)", source))
    names |= {name for pair in re.findall(r"(\w+), (\w+) :=", source) for name in pair}
    return frozenset(names - {"_"})
