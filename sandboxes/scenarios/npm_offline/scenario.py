"""npm without network: local `file:` dependencies (an internal library, vendored tarballs) install
offline, while whatever needs the registry fails for real — `npm audit`, a newly added registry
dependency (ENOTCACHED or EAI_AGAIN), a lock file behind package.json, node_modules never installed, or an
internal package whose `engines` asks for Node 20 (a warning behind exit 0). See README.md."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
PLANS = {"clean": 2, "fresh": 3, "drift": 3, "registry": 4, "audit": 3, "engine": 2}
RUNNERS = ["npm start", "npm test"]
AUDITS = ["npm audit", "npm audit --omit=dev", "npm audit --audit-level=high"]


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    plan = rng.choices(list(PLANS), weights=list(PLANS.values()))[0]
    lib = rng.choice(book["libs"])
    pool = rng.sample(book["vendored"], 4)
    params = {
        "app": rng.choice(book["apps"]), "scope": rng.choice(book["scopes"]), "lib": lib["name"], "plan": plan,
        "vendored": [f"{name}@{version}" for name, version in pool[:rng.randint(1, 3)]],
        "npmrc": rng.choice(["mirror", "public"] if plan == "audit" else ["offline", "mirror", "public"]),
        "outcome": _outcome(rng, plan), "runner": rng.choice(RUNNERS),
        "installer": rng.choice(["npm install", "npm install --offline"] + ["npm ci"] * (plan in ("clean", "fresh", "audit"))),
        "looks": [], "added": "",
        "engines": rng.choice([">=20", ">=20.0.0", "^20.9.0", ">=19"] if plan == "engine" else [">=16", ">=18", "*"]),
    }
    added = _added(rng, book, params, pool)
    params["added"] = f"{added[0]}@{added[1]}" if added else ""
    session = _session(rng, book, params, added)
    return session.fields(params, _files(rng, params, lib, added), setup=_setup(params, added))


def _outcome(rng: random.Random, plan: str) -> str:
    """Audit stays open (nothing here can reach the advisories); fresh and drift are always fixable."""
    if plan == "clean":
        return "pass"
    if plan == "audit":
        return "open"
    return rng.choice(["resolved", "open"]) if plan in ("registry", "engine") else "resolved"


def _added(rng: random.Random, book: dict, params: dict, pool: list) -> tuple[str, str, str] | None:
    """The dependency a teammate added: (name, version range as written, vendored version or '')."""
    if params["plan"] == "drift":
        name, version = pool[3]
        return name, f"file:vendor/{name}-{version}.tgz", version
    if params["plan"] == "registry" and params["outcome"] == "resolved":
        name, version = pool[3]
        return name, f"^{version}", version
    if params["plan"] == "registry":
        name, spec = rng.choice(book["registry_only"])
        return name, spec, ""
    return None


def _files(rng: random.Random, params: dict, lib: dict, added: tuple | None) -> list[dict]:
    scope, vendored = params["scope"], [item.split("@") for item in params["vendored"]]
    dependencies = [(f"@{scope}/{lib['name']}", f"file:packages/{lib['name']}")]
    dependencies += [(name, f"file:vendor/{name}-{version}.tgz") for name, version in vendored]
    dependencies += [(added[0], added[1])] if added else []
    context = {**params, "dependencies": sorted(dependencies), "version": f"1.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
               "npmrc": data(HERE)["npmrc"][params["npmrc"]].format(scope=scope), "use": lib["use"],
               "tests": lib["tests"], "source": lib["source"].rstrip("\n"),
               "lib_version": f"0.{rng.randint(1, 9)}.{rng.randint(0, 9)}"}
    return project_files(HERE, context) + project_files(HERE, context, "lib", f"project/packages/{lib['name']}")


def _setup(params: dict, added: tuple | None) -> list[str]:
    """Vendored tarballs packed from Debian's copies; a lock file (and node_modules) as they were before
    the teammate's change, or no node_modules at all for a fresh checkout."""
    packed = [item.split("@") for item in params["vendored"]] + ([added] if added and added[2] else [])
    paths = " ".join(f"/usr/share/nodejs/{name}" for name, *_ in packed)
    setup = [f"cd project && mkdir -p vendor && npm pack --ignore-scripts {paths} --pack-destination vendor >/dev/null 2>&1"]
    if added:
        return setup + [f"cd project && cp package.json /tmp/package.json && npm pkg delete dependencies.{added[0]}"
                        " && npm install --offline >/dev/null 2>&1 && cp /tmp/package.json package.json"]
    return setup + ["cd project && npm install --package-lock-only --offline >/dev/null 2>&1"]


def _session(rng: random.Random, book: dict, params: dict, added: tuple | None) -> Session:
    session = Session(rng)
    looks = rng.sample(book["first_looks"], rng.randint(1, 2))
    params["looks"] += looks
    session.look(*looks)
    plan = params["plan"]
    if plan == "clean":
        return _clean(session, params)
    return {"fresh": _fresh, "drift": _drift, "registry": _registry, "audit": _audit, "engine": _engine}[plan](
        session, book, params, added)


def _clean(session: Session, params: dict) -> Session:
    session.run(params["installer"]).run(params["runner"])
    return session.look_some(["npm ls", "npm run build", "npm ls --depth=0"], 1, 2)


def _fresh(session: Session, book: dict, params: dict, added: tuple | None) -> Session:
    """A checkout without node_modules: the runner cannot find the internal package until an install."""
    package = f"@{params['scope']}/{params['lib']}"
    session.failure("modules", "dependency_resolution", "build maintainer", package)
    session.fail(params["runner"], "modules")
    if session.rng.random() < 0.5:
        session.fail("npm ls", "modules")
    else:
        session.look(session.rng.choice(["ls -a", "cat package.json", "ls packages vendor"]))
    session.run(params["installer"]).retry(params["runner"], "modules")
    return session.look_some(["npm run build", "npm ls --depth=0"], 0, 1)


def _drift(session: Session, book: dict, params: dict, added: tuple) -> Session:
    """package.json gained a vendored dependency that the lock file lacks: `npm ci` refuses it."""
    session.failure("lock", "dependency_resolution", "build maintainer", added[0])
    session.fail("npm ci", "lock")
    session.look(*_looks(session, book["drift_looks"], params, added))
    session.run(params["installer"])
    return session.retry("npm ci", "lock").run(params["runner"])


def _registry(session: Session, book: dict, params: dict, added: tuple) -> Session:
    """A registry dependency cannot be fetched; pointing it at its vendored tarball fixes it, if vendored."""
    installer = params["installer"]
    offline = params["npmrc"] == "offline" or installer.endswith("--offline")
    if offline:
        session.failure("fetch", "dependency_resolution", "build maintainer", added[0])
    else:
        host = f"npm.{params['scope']}.internal" if params["npmrc"] == "mirror" else "registry.npmjs.org"
        session.failure("fetch", "network_unreachable", "platform", host)
    session.fail(installer, "fetch")
    session.look(*_looks(session, book["fetch_looks"], params, added))
    if params["outcome"] == "open":
        return session
    name, spec, version = added
    tarball = f"file:vendor/{name}-{version}.tgz"
    session.run(session.rng.choice([f"npm pkg set dependencies.{name}={tarball}",
                                    f"sed -i 's|\"{spec}\"|\"{tarball}\"|' package.json"]))
    return session.retry(installer, "fetch").run(params["runner"])


def _audit(session: Session, book: dict, params: dict, added: tuple | None) -> Session:
    """`npm audit` needs the registry's advisory endpoint: offline it fails, whatever is retried."""
    host = f"npm.{params['scope']}.internal" if params["npmrc"] == "mirror" else "registry.npmjs.org"
    session.failure("audit", "network_unreachable", "platform", host)
    session.run(params["installer"]).look_some(["npm ls", "npm ls --depth=0", params["runner"]], 0, 1)
    audits = session.rng.sample(AUDITS, session.rng.randint(1, 2))
    session.fail(audits[0], "audit")
    session.look_some(["cat .npmrc", "npm config get registry", "grep -c resolved package-lock.json"], 0, 1)
    return session.fail(audits[1], "audit") if len(audits) > 1 else session


def _engine(session: Session, book: dict, params: dict, added: tuple | None) -> Session:
    """An internal package asks for Node 20: npm warns (exit 0); fixed by relaxing `engines` if it is stale."""
    package = f"@{params['scope']}/{params['lib']}"
    session.failure("engine", "version_mismatch", "build maintainer", package)
    installer = params["installer"]
    session.warn(installer, "engine", shown_by="EBADENGINE Unsupported engine")
    session.look(*_looks(session, book["engine_looks"], params, added))
    if params["outcome"] == "open":
        return session.run(params["runner"])
    path = f"packages/{params['lib']}/package.json"
    session.run(f"sed -i 's/\"node\": \"{params['engines']}\"/\"node\": \">=18\"/' {path}")
    return session.run("rm -rf node_modules package-lock.json").retry(installer, "engine").run(params["runner"])


def _looks(session: Session, candidates: list[str], params: dict, added: tuple | None) -> list[str]:
    fields = {"added": added[0] if added else "", "lib": params["lib"]}
    looks = [look.format(**fields) for look in session.rng.sample(candidates, session.rng.randint(1, 2))]
    params["looks"] += looks
    return looks
