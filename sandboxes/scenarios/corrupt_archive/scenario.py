"""A release tarball fetched earlier is unpacked: it is fine, or it is damaged for real — cut short by an
interrupted copy, an HTML error page saved under the archive's name, or bytes overwritten in the middle.
tar, gzip and sha256sum say so (behind `| head` the pipe still exits 0); the developer looks at the file,
compares checksums, fetches it again from the local mirror and unpacks it — or stops."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
KINDS = ("none", "truncated", "html-page", "overwritten")
DAMAGE_SHOWN = r"Unexpected EOF|unexpected end of file|not in gzip format|invalid compressed data|crc error|format violated"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    app, version = rng.choice(book["apps"]), f"{rng.randint(1, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"
    archive = f"{app}-{version}.tar.gz"
    kind = rng.choices(KINDS, weights=[2, 3, 2, 3])[0]
    # damage deep in the file is only met by reading all of it, which `| head` stops early
    use, piped = rng.choice([use for use in book["uses"] if not (use[1] and kind == "overwritten")])
    params = {
        "app": app, "version": version, "kind": kind,
        "first_look": rng.choice(book["looks"]).format(archive=archive), "use": use.format(archive=archive),
        "check_first": rng.random() < 0.4, "check": rng.choice(book["checks"]).format(archive=archive),
        "investigation": rng.choice(book["investigations"]).format(archive=archive),
        "refetch": rng.random() < 0.7, "cut_at": rng.randint(30, 80), "size_lines": rng.randint(200, 800),
    }
    values = {"app": app, "version": version, "port": rng.randint(7000, 9900), "workers": rng.randint(2, 16),
              "filler": [f"# tuning note {n}: keep {rng.randint(1, 99)} slots" for n in range(params["size_lines"])]}
    files = project_files(HERE, values, source="files/release", dest=f"build/{app}-{version}")
    files = [_rename_launcher(spec, app) for spec in files] + project_files(HERE, values, "files/downloads", "downloads")
    session = _session(rng, params, archive, piped)
    return session.fields(params, files, setup=_setup(params, archive))


def _rename_launcher(spec: dict, app: str) -> dict:
    return {**spec, "path": spec["path"].replace("/bin/app", f"/bin/{app}")}


def _setup(params: dict, archive: str) -> list[str]:
    """The mirror holds the good archive and its checksum; the project holds the copy fetched earlier."""
    lines = [f"mkdir -p mirror project && tar czf mirror/{archive} -C build {params['app']}-{params['version']}",
             f"cd mirror && sha256sum {archive} > {archive}.sha256",
             f"cp mirror/{archive} mirror/{archive}.sha256 project/"]
    damage = {
        "truncated": f"truncate -s $(( $(stat -c %s project/{archive}) * {params['cut_at']} / 100 )) project/{archive}",
        "html-page": f"cp downloads/failed-download.html project/{archive}",
        "overwritten": f"size=$(stat -c %s project/{archive}) && head -c 64 /dev/zero | dd of=project/{archive} "
                       f"bs=1 seek=$((size * {params['cut_at']} / 100)) conv=notrunc status=none",
    }
    return lines + ([damage[params["kind"]]] if params["kind"] in damage else [])


def _session(rng: random.Random, params: dict, archive: str, piped: bool) -> Session:
    damaged = params["kind"] != "none"
    session = Session(rng)
    if damaged:
        session.failure("damaged", "data_corruption", "platform", archive)
    _look(session, params["first_look"], damaged)
    if params["check_first"]:
        _look(session, params["check"], damaged)
    if not damaged:
        return _unpack_and_launch(session.run(params["use"]), params)
    session.fail(params["use"], "damaged", shown_by=DAMAGE_SHOWN if piped else None)
    _look(session, params["investigation"], damaged)
    if not params["refetch"]:
        return session
    session.run(f"cp ~/mirror/{archive} .").run(f"sha256sum -c {archive}.sha256")
    return _unpack_and_launch(session.retry(params["use"], "damaged"), params)


def _look(session: Session, command: str, damaged: bool) -> None:
    """gzip and sha256sum checks fail on a damaged archive: they show the damage too."""
    shows_damage = damaged and command.startswith(("gzip", "sha256sum -c"))
    session.fail(command, "damaged") if shows_damage else session.run(command)


def _unpack_and_launch(session: Session, params: dict) -> Session:
    """A listing unpacks nothing, so the release is unpacked before its launcher runs."""
    archive = f"{params['app']}-{params['version']}.tar.gz"
    if " tzf " in params["use"]:
        session.run(f"tar xzf {archive}")
    where = "opt/" if "-C opt" in params["use"] else ""
    return session.run(f"./{where}{params['app']}-{params['version']}/bin/{params['app']} --version")
