'use strict';
const http = require('node:http');
const { NoteStore } = require('./lib/store');

const token = process.env.NOTES_TOKEN;
if (!token) {
  throw new Error('NOTES_TOKEN is not set (see .env.example)');
}
const port = Number(process.env.PORT || 3000);
const store = new NoteStore();

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body) + '\n');
}

const server = http.createServer((req, res) => {
  const m = req.url.match(/^\/notes(?:\/(\d+))?$/);
  if (!m) return send(res, 404, { error: 'not found' });
  if (req.method === 'GET' && !m[1]) return send(res, 200, store.list());
  if (req.method === 'GET') {
    const note = store.get(Number(m[1]));
    return note ? send(res, 200, note) : send(res, 404, { error: `note ${m[1]} not found` });
  }
  if (req.method === 'POST' && !m[1]) {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const { title, body } = JSON.parse(raw || '{}');
      if (!title) return send(res, 400, { error: 'title is required' });
      send(res, 201, store.add(title, body));
    });
    return;
  }
  send(res, 405, { error: 'method not allowed' });
});

server.listen(port, () => console.log(`notes-api listening on http://localhost:${port}`));
