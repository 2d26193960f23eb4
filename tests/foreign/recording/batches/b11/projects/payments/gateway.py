"""Thin client for the card gateway."""
import logging

log = logging.getLogger("gateway")


def charge(client, request):
    try:
        return client.post("/charges", json=request, timeout=10)
    except TimeoutError:
        log.warning("gateway timeout")
        raise
