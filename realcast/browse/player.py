"""The vendored asciinema-player: `make player` packs it from npm into build/vendor; the site copies it."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

PLAYER_VERSION = "3.17.0"
PLAYER_FILES = ("asciinema-player.min.js", "asciinema-player.css")
DEFAULT_BUNDLE = Path(__file__).resolve().parents[2] / "build/vendor/asciinema-player/package/dist/bundle"


class PlayerMissing(FileNotFoundError):
    """The player's files are not where the site build looks for them."""


def bundle_folder(override: Path | None = None) -> Path:
    """--player, else $REALCAST_PLAYER_DIR, else build/vendor/asciinema-player (made by `make player`)."""
    folder = override or Path(os.environ.get("REALCAST_PLAYER_DIR", DEFAULT_BUNDLE))
    missing = [name for name in PLAYER_FILES if not (folder / name).is_file()]
    if missing:
        raise PlayerMissing(f"asciinema-player {PLAYER_VERSION} not found in {folder} (missing {', '.join(missing)}): "
                            "run `make player` (npm pack), or pass --player DIR holding its dist/bundle files")
    return folder


def copy_player(bundle: Path, assets: Path) -> None:
    """Copy the player's script and style sheet into the site's assets folder."""
    assets.mkdir(parents=True, exist_ok=True)
    for name in PLAYER_FILES:
        shutil.copyfile(bundle / name, assets / name)
