"""pip installs a service's internal packages from the team wheelhouse (real wheels built offline at setup):
it resolves, or the pins conflict (`ResolutionImpossible`), a pinned version is not in the wheelhouse, or a
package needs a dependency release the wheelhouse lacks. The developer reads pip's report, looks at the
wheels and their metadata, relaxes or bumps a pin with sed (or copies the wheel from the cache) and
installs again — or stops with the failure open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import SHARED, Session, data, project_files, render

HERE = Path(__file__).parent
FAULTS = ("none", "conflict", "missing_version", "missing_transitive")
SHOWN = r"ResolutionImpossible|conflicting dependencies|No matching distribution found"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    org = rng.choice(book["orgs"])
    consumers = rng.sample(book["consumers"], rng.randint(2, 3))
    fault = rng.choices(FAULTS, weights=[3, 4, 2, 2])[0]
    installer, needs_conf = rng.choice(book["installers"])
    params = {
        "org": org, "library": f"{org}-{rng.choice(book['libraries'])}", "consumers": [f"{org}-{c}" for c in consumers],
        "extra": f"{org}-{rng.choice(book['extras'])}", "service": rng.choice(book["services"]), "fault": fault,
        "installer": installer + rng.choice(book["pipes"]), "pip_conf": needs_conf,
        "fix": "none" if fault == "none" else rng.choice(_fixes(fault)),
    }
    versions = _versions(rng)
    packages = _packages(params, versions, book)
    pins = _pins(params, versions)
    files = _files(params, packages, pins, book)
    session = _session(rng, book, params, versions)
    return session.fields(params, files, setup=_setup(params, versions))


def _fixes(fault: str) -> list[str]:
    return {"conflict": ["bump", "relax", "open"], "missing_version": ["repin", "open"],
            "missing_transitive": ["copy", "open"]}[fault]


def _versions(rng: random.Random) -> dict:
    """The library's old and new major, the consumer's release that caps the library and the one that does not."""
    minor, major = rng.randint(4, 9), rng.randint(1, 3)
    step = rng.randint(1, 4)
    return {"lib_old": f"1.{minor}.{rng.randint(0, 5)}", "lib_new": f"2.{rng.randint(0, 2)}.0",
            "lib_floor": f"1.{minor}", "target_old": f"{major}.{step}.0", "target_new": f"{major}.{step + 1}.0",
            "target_missing": f"{major}.{step + 1}.{rng.randint(1, 3)}",
            "other": f"{rng.randint(0, 4)}.{rng.randint(1, 9)}.0",
            "extra_old": f"1.{rng.randint(0, 1)}.0", "extra_new": f"1.{rng.randint(2, 4)}.0"}


def _packages(params: dict, v: dict, book: dict) -> list[dict]:
    """Every wheel to build: (name, version, dependencies); the extra's new release goes to the cache."""
    library, target, others = params["library"], params["consumers"][0], params["consumers"][1:]
    found = [(library, v["lib_old"], []), (library, v["lib_new"], []),
             (target, v["target_old"], [f"{library}>={v['lib_floor']},<2"]),
             (target, v["target_new"], [f"{library}>={v['lib_floor']},<3"])]
    for index, other in enumerate(others):
        deps = [f"{library}>=1.0"] + ([f"{params['extra']}>={_minor(v['extra_new'])}"] if index == 0 else [])
        found.append((other, v["other"], deps))
    found += [(params["extra"], v["extra_old"], []), (params["extra"], v["extra_new"], [])]
    return [{"name": name, "version": version, "deps": deps, "python": ">=3.9",
             "summary": book["summaries"][name.split("-", 1)[1]]} for name, version, deps in found]


def _minor(version: str) -> str:
    return version.rsplit(".", 1)[0]


def _pins(params: dict, v: dict) -> list[str]:
    fault, target = params["fault"], params["consumers"][0]
    target_pin = {"conflict": v["target_old"], "missing_version": v["target_missing"]}.get(fault, v["target_new"])
    return [f"{params['library']}=={v['lib_new']}", f"{target}=={target_pin}",
            *(f"{other}=={v['other']}" for other in params["consumers"][1:])]


def _files(params: dict, packages: list[dict], pins: list[str], book: dict) -> list[dict]:
    names = [params["library"], *params["consumers"]]
    context = {"service": params["service"], "pins": pins, "names": names, "modules": [_module(n) for n in names]}
    files = project_files(HERE, context, source="files/project") + project_files(SHARED, {}, "wheelhouse", "packages")
    if params["pip_conf"]:
        files += project_files(HERE, {}, "files/pipconf", ".config/pip")
    for package in packages:
        folder = f"packages/{package['name']}-{package['version']}"
        files.append({"path": f"{folder}/pyproject.toml",
                      "content": render((HERE / "packages/pyproject.toml.j2").read_text(), package)})
        files.append({"path": f"{folder}/{_module(package['name'])}/__init__.py",
                      "content": render((HERE / "packages/__init__.py.j2").read_text(), package)})
    return files


def _module(name: str) -> str:
    return name.replace("-", "_")


def _wheel(name: str, version: str) -> str:
    return f"{_module(name)}-{version}-py3-none-any.whl"


def _setup(params: dict, v: dict) -> list[str]:
    """Build the wheelhouse; the extra's newer release sits only in the local wheel cache — or, when the
    wheelhouse is complete, in both."""
    newer = _wheel(params["extra"], v["extra_new"])
    keep = "cp" if params["fault"] != "missing_transitive" else "mv"
    return ["cd packages && python3 build_wheels.py ~/project/wheels > /dev/null 2>&1",
            f"mkdir -p wheel-cache && {keep} project/wheels/{newer} wheel-cache/"]


def _session(rng: random.Random, book: dict, params: dict, v: dict) -> Session:
    fault, installer, org = params["fault"], params["installer"], params["org"]
    target, other = params["consumers"][0], params["consumers"][1]
    values = {"org": org, "library": params["library"], "target": target, "target_new": v["target_new"],
              "target_wheel": _wheel(target, v["target_old"]), "consumer_wheel": _wheel(other, v["other"]),
              "missing_name": target, "missing_module": _module(target)}
    looks = [look for look in book["looks"] if params["pip_conf"] or "pip.conf" not in look]
    session = Session(rng).look_some(looks, 1, 2)
    if fault == "none":
        return _checks(session.run(installer), book, values, 1, 2)
    _declare(session, params, v)
    piped = "|" in installer
    session.fail(installer, fault, shown_by=SHOWN if piped else None)
    session.look_some([look.format(**values) for look in book["investigations"][fault]], 1, 2)
    if params["fix"] == "open":
        return session
    session.run(_fix(params, v))
    return _checks(session.retry(installer, fault), book, values, 1, 2)


def _declare(session: Session, params: dict, v: dict) -> None:
    fault, library, target = params["fault"], params["library"], params["consumers"][0]
    facts = {"conflict": [f"{target} {v['target_old']}", library],
             "missing_version": [f"{target}=={v['target_missing']}"],
             "missing_transitive": [f"{params['extra']}>={_minor(v['extra_new'])}"]}[fault]
    session.failure(fault, "dependency_resolution", "build maintainer", *facts)


def _fix(params: dict, v: dict) -> str:
    library, target = params["library"], params["consumers"][0]
    if params["fix"] == "bump":
        return f"sed -i 's/^{target}==.*/{target}=={v['target_new']}/' requirements.txt"
    if params["fix"] == "relax":
        return f"sed -i 's/^{library}==.*/{library}>={v['lib_floor']},<2/' requirements.txt"
    if params["fix"] == "repin":
        return f"sed -i 's/{target}=={v['target_missing']}/{target}=={v['target_new']}/' requirements.txt"
    return f"cp ~/wheel-cache/{_wheel(params['extra'], v['extra_new'])} wheels/"


def _checks(session: Session, book: dict, values: dict, low: int, high: int) -> Session:
    return session.look_some([check.format(**values) for check in book["checks"]], low, high)
