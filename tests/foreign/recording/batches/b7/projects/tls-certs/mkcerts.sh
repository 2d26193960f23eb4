#!/bin/sh
# dev CA + server cert for the internal gateway
set -e
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 730 -subj "/CN=Example Dev CA" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout gateway.key -out gateway.csr -subj "/CN=localhost" 2>/dev/null
printf 'subjectAltName=DNS:localhost\n' > san.ext
openssl x509 -req -in gateway.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out gateway.crt -days 365 -extfile san.ext 2>/dev/null
openssl genrsa -out gateway-old.key 2048 2>/dev/null
rm -f gateway.csr san.ext ca.srl
