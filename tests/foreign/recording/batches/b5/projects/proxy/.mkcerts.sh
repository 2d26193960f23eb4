#!/bin/bash
# test PKI for the proxy (run by the session setup, then removed)
set -e
cd ~/proxy/tls
openssl req -x509 -newkey rsa:2048 -nodes -keyout /tmp/ca.key -out ca.crt -subj "/CN=Example Dev CA" -days 365 2>/dev/null
openssl genrsa -out server.key 2048 2>/dev/null
openssl genrsa -out server-2026.key 2048 2>/dev/null
openssl req -new -key server-2026.key -subj "/CN=localhost" -out /tmp/server.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > /tmp/ext
openssl x509 -req -in /tmp/server.csr -CA ca.crt -CAkey /tmp/ca.key -CAcreateserial -days 90 -extfile /tmp/ext -out server.crt 2>/dev/null
rm -f /tmp/ca.key /tmp/server.csr /tmp/ext ca.srl
touch -d '2025-11-02 10:00' server.key
chmod 600 server.key server-2026.key
