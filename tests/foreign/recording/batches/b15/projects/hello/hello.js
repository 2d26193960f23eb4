#!/usr/bin/env node
const http = require('http');
const port = process.env.PORT || 3000;

const server = http.createServer((req, res) => {
  res.writeHead(200, {'Content-Type': 'text/plain'});
  res.end('Hello World\n');
});

server.listen(port, '127.0.0.1');
console.log('Server running at http://localhost:8080/');
