"""Store a login session in Redis and read it back, as the web app does on every request."""
import json
import sys
import uuid

from rediscfg import client

TTL_SECONDS = 1800


def main() -> None:
    user = sys.argv[1] if len(sys.argv) > 1 else "demo"
    r = client()
    token = uuid.uuid5(uuid.NAMESPACE_DNS, user).hex[:12]
    r.setex(f"session:{token}", TTL_SECONDS, json.dumps({"user": user, "roles": ["viewer"]}))
    stored = json.loads(r.get(f"session:{token}"))
    print(f"session {token} stored for {stored['user']} (ttl {r.ttl(f'session:{token}')}s)")


if __name__ == "__main__":
    main()
