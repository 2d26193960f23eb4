"""Read the feature flags the web app checks, setting the defaults the first time."""
from rediscfg import client

DEFAULTS = {"new_checkout": "off", "dark_mode": "on", "beta_search": "off"}


def main() -> None:
    r = client()
    for flag, value in DEFAULTS.items():
        r.hsetnx("flags", flag, value)
    flags = r.hgetall("flags")
    print("flags: " + ", ".join(f"{name}={flags[name]}" for name in sorted(flags)))


if __name__ == "__main__":
    main()
