"""Rate limiting for login attempts."""
WINDOW_SECONDS = 60
MAX_ATTEMPTS = 5


def allowed(attempts, now):
    recent = [t for t in attempts if now - t < WINDOW_SECONDS]
    return len(recent) < MAX_ATTEMPTS
