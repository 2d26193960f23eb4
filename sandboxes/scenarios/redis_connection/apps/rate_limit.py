"""A fixed-window rate limiter: count this client's requests in the current minute."""
import sys
import time

from rediscfg import client

LIMIT_PER_MINUTE = 60


def main() -> None:
    client_id = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
    r = client()
    window = int(time.time()) // 60
    key = f"ratelimit:{client_id}:{window}"
    with r.pipeline() as pipe:
        count, _ = pipe.incr(key).expire(key, 120).execute()
    verdict = "allowed" if count <= LIMIT_PER_MINUTE else "throttled"
    print(f"rate limit for {client_id}: {count}/{LIMIT_PER_MINUTE} this minute, {verdict}")


if __name__ == "__main__":
    main()
