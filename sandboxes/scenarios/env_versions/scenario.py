"""Environment version checks on a Go service with Python release tooling: the project's check script
compares .tool-versions with what `go env GOVERSION`, `python3` and `git --version` report; Go 1.19 itself
refuses a newer go.mod (`go mod tidy`, a three-part go line, a toolchain directive, Go 1.21 builtins); the
Python tool's own guard refuses Python 3.11. The developer compares versions, then pins what is installed
(sed, `go mod edit -go`) and re-runs — or stops, since the installed toolchain is what it is."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files, render

HERE = Path(__file__).parent
CHECKS = ["pass", "pins", "go_tidy", "go_feature", "go_format", "python_guard"]
FAILURE = {"pins": "pins", "go_tidy": "golang", "go_feature": "golang", "go_format": "gomod", "python_guard": "python"}
OPEN_ONLY = {"go_feature"}  # code that needs Go 1.21 builtins: nothing to pin, the toolchain must change


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    check = rng.choices(CHECKS, weights=[2, 4, 2, 2, 2, 2])[0]
    mismatched = _mismatched(rng, check)
    pins = [f"{tool} {_pin(rng, tool, tool in mismatched)}" for tool in rng.sample(["golang", "python", "git"], 3)]
    go_line = rng.choice(book["go_lines"][{"go_tidy": "newer", "go_feature": "feature", "go_format": "format"}.get(check, "ok")])
    guard = rng.choice(book["python_guards"]["bad" if check == "python_guard" else "ok"])
    params = {
        "app": rng.choice(book["apps"]), "tool": rng.choice(book["tools"]), "check": check, "pins": pins,
        "mismatched": [pin.split()[0] for pin in pins if pin.split()[0] in mismatched], "go_line": go_line,
        "toolchain": f"{go_line.rsplit('.', 1)[0]}.{rng.randint(1, 6)}" if check == "go_format" and rng.random() < 0.5 else "",
        "python_guard": f"{guard[0]}.{guard[1]}", "runner": _runner(rng, book, check),
        "hidden": check == "pins" and rng.random() < 0.3,
        "fix": "none" if check in OPEN_ONLY or check == "pass" else rng.choice(["none", "all", "one_by_one"]),
        "inspect": rng.choice(book["inspect"]),
    }
    params["runner"] = params["runner"].format(**params)
    if params["hidden"]:  # tee's exit status hides the script's
        params["runner"] += " | tee env-check.log"
    looks = book["investigate"]["feature" if check == "go_feature" else FAILURE.get(check, "pins")]
    params["investigate"] = [look.format(**params) for look in rng.sample(looks, rng.randint(1, 3))
                             if look != params["inspect"]]  # what was looked at first is not looked at again
    return _session(rng, params).fields(params, _files(rng, params, guard))


def _mismatched(rng: random.Random, check: str) -> set[str]:
    """The tools whose .tool-versions pin differs from what is installed: for `pins` one to three, for a Go
    or Python check the one it is about (the pin was bumped with the code), otherwise none."""
    if check == "pins":
        return set(rng.sample(["golang", "python", "git"], rng.choice([1, 1, 2, 3])))
    return {"golang"} if check.startswith("go_") else {"python"} if check == "python_guard" else set()


def _pin(rng: random.Random, tool: str, mismatched: bool) -> str:
    return str(rng.choice(data(HERE)["pins"][tool]["bad" if mismatched else "ok"]))


def _runner(rng: random.Random, book: dict, check: str) -> str:
    if check in ("pins", "pass"):
        return rng.choice(book["check_runners"])
    if check == "go_tidy":
        return rng.choice(["go mod tidy", "go mod tidy -v"])
    runners = book["python_runners"] if check == "python_guard" else book["build_runners"]
    return rng.choice([runner for runner in runners if check != "go_feature" or "vet" not in runner])  # vet: no note


def _files(rng: random.Random, params: dict, guard: list[int]) -> list[dict]:
    book, cap = data(HERE), rng.choice([4, 8, 16, 32])
    context = {**params, "cap": cap, "default": rng.randint(2, cap), "release": f"0.{rng.randint(2, 9)}.{rng.randint(0, 4)}",
               "minor": 1, "change": rng.choice(book["changes"]), "py_major": guard[0], "py_minor": guard[1],
               "builtin": f"max(1, min(n, {cap}))" if params["check"] == "go_feature" else ""}
    tool = [{"path": f"project/{params['tool']}/{name}", "content": render((HERE / f"templates/{name}.j2").read_text(), context)}
            for name in ("__init__.py", "__main__.py")]
    return [*project_files(HERE, context), *tool]


def _session(rng: random.Random, params: dict) -> Session:
    check, runner = params["check"], params["runner"]
    session = Session(rng).look(params["inspect"])
    if check == "pass":
        session.run(runner)
        return session.run(rng.choice(["make build", "go run .", f"python3 -m {params['tool']}", "make notes"]))
    failure = FAILURE[check]
    _declare(session, params, failure)
    if check == "go_tidy" and rng.random() < 0.5:  # it builds: Go 1.19 compiles a `go 1.2x` module that needs nothing newer
        session.run(rng.choice(["go build ./...", "make build"]))
    session.fail(runner, failure, shown_by=r"installed, but \.tool-versions pins" if params["hidden"] else None)
    session.look(*params["investigate"])
    if params["fix"] == "none":
        return session
    fixes = _fixes(params)
    if check == "go_format" and params["fix"] == "one_by_one":  # go mod edit must parse go.mod first
        session.fail("go mod edit -go=1.19", failure)
    if params["fix"] == "all" or len(fixes) == 1:
        session.look(*fixes)
    else:
        for fix in fixes[:-1]:
            session.run(fix).fail(runner.split(" | ")[0], failure)
        session.run(fixes[-1])
    session.retry(runner, failure)
    if check in ("go_tidy", "go_format") or rng.random() < 0.4:
        session.run(rng.choice(["make build", "go run .", "go build ./...", "go vet ./..."]))
    return session


def _fixes(params: dict) -> list[str]:
    """Pin what is installed: the commands a developer types, one per mismatch."""
    installed = data(HERE)["installed"]
    check = params["check"]
    if check == "pins":
        pins = dict(pin.split() for pin in params["pins"])
        return [f"sed -i 's/^{tool} {pins[tool]}$/{tool} {installed[tool]}/' .tool-versions" for tool in params["mismatched"]]
    if check == "go_tidy":
        return ["go mod edit -go=1.19"]
    if check == "go_format":
        return [f"sed -i 's/^go {params['go_line']}$/go 1.19/' go.mod"] + (["sed -i '/^toolchain/d' go.mod"] if params["toolchain"] else [])
    major, minor = params["python_guard"].split(".")
    return [f"sed -i 's/({major}, {minor})/(3, 11)/' {params['tool']}/__init__.py"]


def _declare(session: Session, params: dict, failure: str) -> None:
    if failure == "pins":
        first = params["mismatched"][0]
        pin = next(pin.split()[1] for pin in params["pins"] if pin.startswith(first + " "))
        session.failure("pins", "version_mismatch", "build maintainer", first, pin)
    elif failure == "python":
        session.failure("python", "version_mismatch", "build maintainer", params["python_guard"])
    else:
        session.failure(failure, "version_mismatch", "build maintainer", params["go_line"])
