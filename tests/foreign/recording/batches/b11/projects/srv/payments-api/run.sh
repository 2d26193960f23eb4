#!/bin/sh
# started by the payments-api.service unit on the real box
cd "$(dirname "$0")"
exec python3 app.py
