"""Connection settings for the app's Redis, read from .env (KEY=value lines)."""
from pathlib import Path

import redis


def settings(path: str = ".env") -> dict[str, str]:
    values = {}
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def client() -> redis.Redis:
    env = settings()
    return redis.Redis(host=env.get("REDIS_HOST", "127.0.0.1"), port=int(env.get("REDIS_PORT", "6379")),
                       password=env.get("REDIS_PASSWORD") or None, db=int(env.get("REDIS_DB", "0")),
                       decode_responses=True, socket_connect_timeout=2)
