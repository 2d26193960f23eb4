"""A tiny on-disk cache for slugs with an expiry in seconds."""
import json
import time
from pathlib import Path


class SlugCache:
    def __init__(self, folder: Path, ttl: float = 60.0):
        self.file = Path(folder) / "slugs.json"
        self.ttl = ttl

    def _load(self) -> dict:
        return json.loads(self.file.read_text()) if self.file.exists() else {}

    def put(self, title: str, slug: str, now: float | None = None) -> None:
        data = self._load()
        data[title] = {"slug": slug, "at": now if now is not None else time.time()}
        self.file.write_text(json.dumps(data))

    def get(self, title: str, now: float | None = None) -> str | None:
        entry = self._load().get(title)
        if entry is None:
            return None
        now = now if now is not None else time.time()
        if now - entry["at"] > self.ttl:
            return None
        return entry["slug"]
