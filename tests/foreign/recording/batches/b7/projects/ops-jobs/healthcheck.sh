#!/bin/sh
curl -fs http://127.0.0.1:8080/health >/dev/null || echo "health check failed"
