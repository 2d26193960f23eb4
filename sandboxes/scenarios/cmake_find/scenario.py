"""CMake on a small threaded C tool whose optional extras need zlib or OpenSSL — and the image has neither
-dev package. Configure works; or `Could NOT find ZLIB` / `Could NOT find OpenSSL` stops it (the option is
ON and the package REQUIRED); or the same line goes by behind exit 0 and the feature is silently left out
(find_package without REQUIRED); or find_package names a module that does not exist (`Thread`); or
add_executable lists a source file that was renamed. The developer reads the message, looks at
CMakeLists.txt, the cache or the system, turns the option off (with -D, or by editing its default — which
the cache ignores until it is cleared), fixes the name with sed or mv, reconfigures and builds — or stops."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files, render

HERE = Path(__file__).parent
OUTCOMES = {"pass": 2, "required": 4, "optional": 2, "wrong_name": 3, "missing_source": 3}
FIXES = {"pass": ["none"], "required": ["none", "option", "default"], "optional": ["none", "none", "option"],
         "wrong_name": ["none", "edit", "edit"], "missing_source": ["none", "edit", "move"]}
LAYOUTS = {  # where the build tree is and how each step is typed there
    "split": {"first": "cmake -S . -B build", "again": "cmake -S . -B build{define}", "src": "", "build": "build/",
              "builds": ["cmake --build build", "cmake --build build -j2"],
              "run": "./build/{prog} src/*.c", "clear": "rm -rf build"},
    "cd": {"first": "mkdir build && cd build && cmake ..", "again": "cmake{define} ..", "src": "../", "build": "",
           "builds": ["make", "make -j2"], "run": "./{prog} ../src/*.c ../CMakeLists.txt",
           "clear": "rm -rf CMakeCache.txt CMakeFiles"},
}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    outcome = rng.choices(list(OUTCOMES), weights=list(OUTCOMES.values()))[0]
    dependency = rng.choice(book["dependencies"])
    counter = rng.choice(book["counters"])
    params = {
        "program": rng.choice(book["programs"]), "version": rng.choice(book["versions"]), "outcome": outcome,
        "package": dependency["package"] if outcome in ("required", "optional") else "none",
        "counter": counter["name"], "listed": counter["listed"] if outcome == "missing_source" else counter["name"],
        "threads": rng.choice(book["thread_names"]) if outcome == "wrong_name" else "Threads",
        "layout": rng.choice(list(LAYOUTS)), "fix": rng.choice(FIXES[outcome]),
        "inspect": rng.choice(["ls", "cat CMakeLists.txt", "ls src", "head -n 12 CMakeLists.txt", "tree"]),
    }
    layout = LAYOUTS[params["layout"]]
    params["build"] = rng.choice(layout["builds"])
    cmakelists = _cmakelists(params, dependency)
    files = [{"path": "project/CMakeLists.txt", "content": cmakelists},
             {"path": f"project/src/{counter['name']}.c",
              "content": render((HERE / "templates/counter.c.j2").read_text(encoding="utf-8"), {"counter": counter["name"]})},
             *project_files(HERE, {})]
    return _session(rng, params, dependency, cmakelists).fields(params, files)


def _cmakelists(params: dict, dependency: dict) -> str:
    package, outcome = params["package"], params["outcome"]
    context = {"prog": params["program"], "version": params["version"], "threads": params["threads"],
               "listed": params["listed"], "zlib": "ON" if package == "ZLIB" else "OFF",
               "openssl": "ON" if package == "OpenSSL" else "OFF", "required": " REQUIRED" if outcome == "required" else ""}
    return render((HERE / "templates/CMakeLists.txt.j2").read_text(encoding="utf-8"), context)


def _session(rng: random.Random, params: dict, dependency: dict, cmakelists: str) -> Session:
    layout, outcome, fix = LAYOUTS[params["layout"]], params["outcome"], params["fix"]
    looks = {**layout, **dependency, "line": _line(cmakelists, "add_executable(")}
    session = Session(rng).look(params["inspect"])
    again = layout["again"].format(define="")
    built = [params["build"], layout["run"].format(prog=params["program"])]
    if outcome == "pass":
        return session.run(layout["first"]).look(*built)
    _declare(session, params, cmakelists)
    if outcome == "optional":  # configure succeeds; the feature is quietly left out
        session.warn(layout["first"], "cmake", shown_by=rf"Could NOT find {params['package']}\b")
    else:
        session.fail(layout["first"], "cmake")
    session.look_some([look.format(**looks) for look in data(HERE)["investigate"][outcome]], 1, 2)
    if fix == "none":
        return session.look(*built) if outcome == "optional" else session
    define = f" -D{dependency['option']}=OFF"
    if fix == "option":
        return session.retry(layout["again"].format(define=define), "cmake").look(*built)
    if fix == "default":  # the cached value still says ON until the cache is cleared
        session.run(f"sed -i 's/\\(option({dependency['option']} .*\\) ON)/\\1 OFF)/' {layout['src']}CMakeLists.txt")
        session.fail(again, "cmake").run(layout["clear"])
    else:
        session.run(_edit(params, layout["src"]))
    return session.retry(again, "cmake").look(*built)


def _edit(params: dict, src: str) -> str:
    """The fix of a wrong name: find_package's module name, or the source file (renamed back or listed right)."""
    if params["outcome"] == "wrong_name":
        return f"sed -i 's/find_package({params['threads']} /find_package(Threads /' {src}CMakeLists.txt"
    if params["fix"] == "move":
        return f"mv {src}src/{params['counter']}.c {src}src/{params['listed']}.c"
    return f"sed -i 's#src/{params['listed']}.c#src/{params['counter']}.c#' {src}CMakeLists.txt"


def _line(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def _declare(session: Session, params: dict, cmakelists: str) -> None:
    outcome = params["outcome"]
    if outcome in ("required", "optional"):
        session.failure("cmake", "dependency_resolution", "build maintainer", params["package"])
    elif outcome == "wrong_name":
        session.failure("cmake", "dependency_resolution", "build maintainer", params["threads"])
    else:
        line = _line(cmakelists, "add_executable(")
        session.failure("cmake", "not_found", "build maintainer", f"CMakeLists.txt:{line}", "add_executable")
