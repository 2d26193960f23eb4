"""Retries with exponential backoff."""
import time


def retry(call, attempts=3, base=0.5):
    for attempt in range(attempts):
        try:
            return call()
        except OSError:
            if attempt == attempts - 1:
                raise
            time.sleep(base * 2 ** attempt)
