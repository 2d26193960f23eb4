"""make on a small C project whose Makefile (or the person at it) gets something wrong: a prerequisite
that does not exist (a typo, or a module renamed after the Makefile was written), a recipe indented with
spaces, an include of a file that moved, a mistyped target, or make run outside the project. The
developer reads make's message, looks with ls, grep, cat -A or make -n, fixes it with sed (or types the
right target, or goes to the right directory) and builds again — or stops with the failure open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, render

HERE = Path(__file__).parent
OUTCOMES = {"pass": 2, "prereq": 4, "separator": 3, "include": 2, "target": 3, "wrong_dir": 2}
RECIPES = ["$(CC) $(CFLAGS) -o $@ $(OBJS)", "./$(BIN)", "diff -u tests/expected.txt build/actual.txt",
           "install -d $(PREFIX)/bin"]
SHOWN = r"No rule to make target|missing separator"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    outcome = rng.choices(list(OUTCOMES), weights=list(OUTCOMES.values()))[0]
    modules = rng.sample(book["modules"], 3)
    broken = rng.choice(modules)
    target = rng.choice(list(book["targets"]))
    include = rng.choice(book["includes"]) if outcome == "include" or rng.random() < 0.4 else ""
    piped = outcome in ("prereq", "separator", "include") and rng.random() < 0.25
    params = {
        "program": rng.choice(book["programs"]), "project": rng.choice(book["projects"]),
        "modules": [module["name"] for module in modules], "style": rng.choice(["explicit", "pattern"]),
        "outcome": outcome, "broken": broken["name"] if outcome == "prereq" else "none",
        "prereq": rng.choice(["typo", "renamed"]) if outcome == "prereq" else "none",
        "recipe": rng.choice(RECIPES) if outcome == "separator" else "none",
        "indent": rng.choice([2, 4, 8]), "include": include,
        "moved_to": rng.choice(book["include_moved"][include]) if outcome == "include" else include,
        "target": target, "typed": rng.choice(book["targets"][target]) if outcome == "target" else target,
        "runner": rng.choice(["make", "make -j2", "make all"]) + (" 2>&1 | tee build.log" if piped else ""),
        "piped": piped, "inspect": rng.choice(book["inspect"]), "fix": rng.choice(["none", "edit", "edit"]),
    }
    params["wrong"] = _wrong(rng, params, broken) if outcome == "prereq" else "none"
    params["wrong_dir"] = rng.choice(["home", "typo"]) if outcome == "wrong_dir" else "none"
    makefile, where = _makefile(params)
    files = _files(params, modules, makefile)
    fields = _session(rng, params, where).fields(params, files)
    return fields | ({"workdir": "."} if outcome == "wrong_dir" else {"workdir": params["project"]})


def _wrong(rng: random.Random, params: dict, module: dict) -> str:
    """The name the Makefile uses: the module's old name, or its name with two letters swapped."""
    if params["prereq"] == "renamed":
        return module["old"]
    name = module["name"]
    at = rng.randrange(1, len(name) - 2)
    return name[:at] + name[at + 1] + name[at] + name[at + 2:]


def _makefile(params: dict) -> tuple[str, dict]:
    """The Makefile as the variant has it, and where its fault is (the line, what make names)."""
    names = ["main"] + params["modules"]
    context = {"prog": params["program"], "style": params["style"], "names": names, "include": params["include"]}
    text = render((HERE / "templates/Makefile.j2").read_text(encoding="utf-8"), context)
    outcome, broken, wrong = params["outcome"], params["broken"], params["wrong"]
    if outcome == "prereq" and params["prereq"] == "renamed":
        text = text.replace(f"{broken}.", f"{wrong}.")
        shown = f"src/{wrong}.h" if params["style"] == "explicit" else f"build/{wrong}.o"
    elif outcome == "prereq":
        text = text.replace(f"src/{broken}.c", f"src/{wrong}.c", 1)
        shown = f"src/{wrong}.c" if params["style"] == "explicit" else f"build/{wrong}.o"
    lines = text.splitlines()
    if outcome == "separator":
        number = lines.index(f"\t{params['recipe']}")
        lines[number] = " " * params["indent"] + params["recipe"]
        return "\n".join(lines) + "\n", {"line": number + 1, "shown": f"Makefile:{number + 1}"}
    if outcome == "prereq":
        number = next(n for n, line in enumerate(lines) if wrong in line)
        return text, {"line": number + 1, "shown": shown}
    return text, {"line": 3, "shown": params["include"]}


def _files(params: dict, modules: list[dict], makefile: str) -> list[dict]:
    root = params["project"]
    names = [module["name"] for module in modules]
    calls = [module["call"] for module in modules]
    main = render((HERE / "templates/main.c.j2").read_text(encoding="utf-8"), {"names": names, "calls": calls})
    files = [{"path": f"{root}/Makefile", "content": makefile}, {"path": f"{root}/src/main.c", "content": main},
             {"path": f"{root}/tests/expected.txt", "content": "".join(m["output"] + "\n" for m in modules)}]
    for module in modules:
        header = render((HERE / "templates/module.h.j2").read_text(encoding="utf-8"),
                        {"guard": module["name"].upper() + "_H", "header": module["header"].strip()})
        source = render((HERE / "templates/module.c.j2").read_text(encoding="utf-8"), module)
        files += [{"path": f"{root}/src/{module['name']}.h", "content": header},
                  {"path": f"{root}/src/{module['name']}.c", "content": source}]
    if params["include"]:
        flags = render((HERE / "templates/flags.mk.j2").read_text(encoding="utf-8"), {})
        files.append({"path": f"{root}/{params['moved_to']}", "content": flags})
    return files


def _session(rng: random.Random, params: dict, where: dict) -> Session:
    outcome, runner = params["outcome"], params["runner"]
    session = Session(rng)
    if outcome == "wrong_dir":
        return _wrong_dir(session, params)
    session.look(params["inspect"])
    if outcome == "target":
        return _target(session, params)
    rerun = runner.split(" 2>&1")[0]  # the build again, without the pipe
    if outcome == "pass":
        return session.run(runner).look(*_afterwards(rng, params))
    session.failure("make", "config_syntax" if outcome == "separator" else "not_found", "build maintainer",
                    where["shown"])
    session.fail(runner, "make", shown_by=SHOWN if params["piped"] else None)
    looks = data(HERE)["investigate"][outcome]
    context = {"wrong": params["wrong"], "line": where["line"], "start": max(1, where["line"] - 2),
               "end": where["line"] + 2}
    dry = "make -n all" if "make all" in rerun else "make -n"  # a dry run names the same goal as the build
    for look in rng.sample(looks, rng.randint(1, 2)):
        session.fail(dry, "make") if look == "make -n" else session.look(look.format(**context))
    if params["fix"] == "none":
        return session
    session.run(_fix(params, where)).retry(rerun, "make")
    return session.look(*_afterwards(rng, params)[:1])


def _fix(params: dict, where: dict) -> str:
    if params["outcome"] == "separator":
        return f"sed -i '{where['line']}s/^ */\\t/' Makefile"
    if params["outcome"] == "include":
        return f"sed -i 's|^include {params['include']}|include {params['moved_to']}|' Makefile"
    if params["prereq"] == "renamed":
        return f"sed -i 's/{params['wrong']}\\./{params['broken']}./g' Makefile"
    return f"sed -i 's/{params['wrong']}/{params['broken']}/' Makefile"


def _afterwards(rng: random.Random, params: dict) -> list[str]:
    """What is run once it builds: the program, its output test, or an install."""
    runs = [f"./bin/{params['program']}", "make test", "make run", "make install && ls ~/.local/bin"]
    return rng.sample(runs, rng.randint(1, 2))


def _target(session: Session, params: dict) -> Session:
    """`make tset`: no such target; the Makefile's targets are listed and the right one is typed."""
    typed, right = params["typed"], params["target"]
    session.failure("target", "not_found", "application developer", typed)
    session.fail(f"make {typed}", "target")
    looks = data(HERE)["investigate"]["target"]
    session.look_some([look.format(right=right) for look in looks], 1, 1)
    return session if params["fix"] == "none" else session.retry(f"make {right}", "target")


def _wrong_dir(session: Session, params: dict) -> Session:
    """make typed in the home directory (no makefile) or with -C naming a folder that is not there."""
    project = params["project"]
    if params["wrong_dir"] == "home":
        typed, fact, fixed = "make", "no makefile found", f"cd {project} && make"
    else:
        typed = fact = project[:-2] + project[-1]
        typed, fixed = f"make -C {typed}", f"make -C {project}"
    session.failure("dir", "not_found", "application developer", fact)
    session.fail(typed, "dir").look(*data(HERE)["investigate"]["wrong_dir"][: 1 + (params["fix"] == "none")])
    if params["fix"] == "none":
        return session
    run = f"./bin/{params['program']}" if fixed.startswith("cd") else f"./{project}/bin/{params['program']}"
    return session.retry(fixed, "dir").run(run)
