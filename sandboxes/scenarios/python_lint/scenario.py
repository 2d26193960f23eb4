"""flake8 and mypy on a small typed package: clean, or with findings drawn into one module — an unused
import (F401), a long line (E501), an unused variable (F841), a comparison to None (E711), trailing
whitespace (W291), a return annotation that contradicts the code (mypy return-value). flake8 exits 1 with
findings (0 with --exit-zero or behind a pipe); the developer reads them, looks at the lines, fixes them
with sed (or raises max-line-length), re-runs until clean — or stops with findings open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
FLAKE8 = ("F401", "E501", "F841", "E711", "W291")
SHOWN = {"flake8": r"\.py:\d+:\d+: [EFW]\d{3} ", "mypy": r"error: .*\[return-value\]"}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    pkg = rng.choice(book["packages"])
    modules = rng.sample(book["modules"], rng.randint(2, 3))
    target = modules[0]
    tools = rng.choice(["flake8", "mypy", "both"])
    codes = rng.sample(FLAKE8, rng.choice([0, 1, 1, 2, 2, 3])) if tools != "mypy" else []
    typed = tools != "flake8" and rng.random() < 0.6
    flake8_run, flake8_hides = rng.choice(book["flake8_runs"])
    mypy_run, mypy_hides = rng.choice(book["mypy_runs"])
    params = {
        "pkg": pkg, "modules": [m["name"] for m in modules], "target": target["name"], "codes": codes,
        "mypy_defect": modules[-1]["name"] if typed else "", "tools": tools,
        "flake8_run": flake8_run.format(pkg=pkg), "mypy_run": mypy_run.format(pkg=pkg),
        "hidden": [flake8_hides, mypy_hides], "fix": rng.choice(["all", "one_by_one", "open"]),
        "e501_fix": rng.choice(["noqa", "config"]), "version": f"1.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
    }
    defects = _defects(rng, book, modules, params)
    files = project_files(HERE, {"pkg": pkg, "version": params["version"]})
    files.append({"path": f"project/{pkg}/__init__.py", "content": f'"""The {pkg} package."""\n'})
    for module in modules:
        mine = [defect for defect in defects if defect["module"] == module["name"]]
        source = _module(module, mine)  # with the drawn findings, if any
        files.append({"path": f"project/{pkg}/{module['name']}.py", "content": source})
        for defect in mine:
            defect["line"], defect["path"] = _line(source, defect), f"{pkg}/{module['name']}.py"
    session = _session(rng, book, params, defects)
    return session.fields(params, files)


def _defects(rng: random.Random, book: dict, modules: list[dict], params: dict) -> list[dict]:
    """The edits that put the drawn findings into the modules (flake8's into the first, mypy's into the
    last: one tool's findings per file), each with the sed that undoes it."""
    module, found = modules[0], []
    functions = module["functions"]
    for code in params["codes"]:
        fn = rng.choice(functions)
        if code == "F401":
            name = rng.choice([m for m in book["unused_imports"] if m not in str(module["imports"])])
            found.append({"code": code, "import": f"import {name}", "grep": "import", "undo": f"/^import {name}$/d"})
        elif code == "E501":
            long = rng.choice(book["long_lines"])
            line = f'{long["name"]} = "{long["text"]}"'
            assert 100 < len(line) <= 120, line
            found.append({"code": code, "constant": line, "grep": long["name"],
                          "undo": f"/^{long['name']} = /s/$/  # noqa: E501/"})
        elif code == "F841":
            var = rng.choice(book["unused_variables"])
            found.append({"code": code, "function": fn["name"], "body": f"    {var} = {fn['arg']}", "grep": var,
                          "undo": f"/^    {var} = {fn['arg']}$/d"})
        elif code == "E711":
            body = f'    if {fn["arg"]} == None:\n        raise ValueError("{fn["arg"]} is required")'
            found.append({"code": code, "function": fn["name"], "body": body, "grep": "None",
                          "undo": f"s/{fn['arg']} == None/{fn['arg']} is None/"})
        else:
            found.append({"code": code, "function": fn["name"], "trailing": True, "grep": "' $'",
                          "undo": "s/[[:space:]]*$//"})
    for defect in found:
        defect["module"] = module["name"]
    if params["mypy_defect"]:
        fn = rng.choice(modules[-1]["functions"])
        wrong = fn["wrong"].replace("[", r"\[").replace("]", r"\]")  # sed reads the pattern as a regex
        found.append({"code": "return-value", "function": fn["name"], "annotation": (fn["returns"], fn["wrong"]),
                      "grep": f"'def {fn['name']}'", "undo": f"/def {fn['name']}(/s/-> {wrong}:/-> {fn['returns']}:/",
                      "module": modules[-1]["name"]})
    return found


def _module(module: dict, defects: list[dict]) -> str:
    """The module's source with the defects applied (imports, a constant, lines in function bodies)."""
    imports = [d["import"] for d in defects if "import" in d] + module["imports"]
    constants = [d["constant"] for d in defects if "constant" in d]
    functions = [_function(fn, [d for d in defects if d.get("function") == fn["name"]]) for fn in module["functions"]]
    parts = [f'"""{module["doc"]}"""\n' + ("\n".join(imports) + "\n" if imports else "")]
    parts += ["\n".join(constants) + "\n"] if constants else []
    return "\n\n".join(parts + ["\n\n".join(functions)]).rstrip("\n") + "\n"


def _function(fn: dict, defects: list[dict]) -> str:
    header, body = fn["source"].split("\n", 1)
    for defect in defects:
        if "annotation" in defect:
            right, wrong = defect["annotation"]
            header = header.replace(f"-> {right}:", f"-> {wrong}:")
        if "body" in defect:
            body = defect["body"] + "\n" + body
        if defect.get("trailing"):
            body = body + "  "
    return f"{header}\n{body}\n"


def _line(source: str, defect: dict) -> int:
    """The line a tool reports the defect on (mypy: the function's return statement)."""
    lines = source.splitlines()
    marker = {"F401": defect.get("import"), "E501": defect.get("constant"), "F841": defect.get("body"),
              "E711": (defect.get("body") or "").split("\n")[0]}.get(defect["code"])
    if marker:
        return lines.index(marker) + 1
    start = next(i for i, line in enumerate(lines) if line.startswith(f"def {defect['function']}("))
    if defect["code"] == "W291":
        return next(i for i in range(start, len(lines)) if lines[i].endswith(" ")) + 1
    return next(i for i in range(start, len(lines)) if lines[i].lstrip().startswith("return ")) + 1


def _session(rng: random.Random, book: dict, params: dict, defects: list[dict]) -> Session:
    values = {"pkg": params["pkg"], "path": f"{params['pkg']}/{params['target']}.py"}
    session = Session(rng).look_some([look.format(**values) for look in book["looks"]], 1, 2)
    runs = _runs(params, defects)
    for tool, command, found in runs:
        if found:
            session.failure(tool, "lint_error", "application developer", found[0]["path"], found[0]["code"])
            session.fail(command, tool, shown_by=SHOWN[tool] if params["hidden"][tool == "mypy"] else None)
        else:
            session.run(command)
    failing = [(tool, command, found) for tool, command, found in runs if found]
    if not failing:
        return session
    first = failing[0][2][0]
    look = rng.choice(book["investigations"])
    session.look(look.format(grep=first["grep"], pkg=params["pkg"], path=first["path"]))
    if params["fix"] == "open":
        return session
    for tool, command, found in failing:
        _fix(session, params, tool, command, found)
    return session


def _runs(params: dict, defects: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """Each tool run, with the defects it reports in file order (as the tool prints them)."""
    ranked = sorted(defects, key=lambda d: d["line"])
    flake8 = [d for d in ranked if d["code"] in FLAKE8]
    mypy = [d for d in ranked if d["code"] == "return-value"]
    runs = {"flake8": [("flake8", params["flake8_run"], flake8)], "mypy": [("mypy", params["mypy_run"], mypy)]}
    return runs["flake8"] + runs["mypy"] if params["tools"] == "both" else runs[params["tools"]]


def _fix(session: Session, params: dict, tool: str, command: str, found: list[dict]) -> None:
    fixes = [_undo(params, defect) for defect in found]
    if params["fix"] == "all" or len(fixes) == 1:
        session.look(*dict.fromkeys(fixes))
        session.retry(command, tool)
        return
    for fix in fixes[:-1]:
        session.run(fix).fail(command, tool, shown_by=SHOWN[tool] if params["hidden"][tool == "mypy"] else None)
    session.run(fixes[-1]).retry(command, tool)


def _undo(params: dict, defect: dict) -> str:
    if defect["code"] == "E501" and params["e501_fix"] == "config":
        return "sed -i 's/^max-line-length = 100/max-line-length = 120/' setup.cfg"
    return f"sed -i '{defect['undo']}' {defect['path']}"
