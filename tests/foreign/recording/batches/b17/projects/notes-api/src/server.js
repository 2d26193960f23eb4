const http = require('http');
const fs = require('fs');
const path = require('path');
const { slugify } = require('./slug');

const PORT = process.env.PORT || 3000;
const logFile = path.join(__dirname, '..', 'logs', 'app.log');
const notes = [];

function log(line) {
  const entry = `${new Date().toISOString()} ${line}\n`;
  fs.appendFileSync(logFile, entry);
  process.stdout.write(entry);
}

const server = http.createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/notes') {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { title } = JSON.parse(body || '{}');
      const note = { id: notes.length + 1, title, slug: slugify(title || '') };
      notes.push(note);
      log(`POST /notes 201 ${note.slug}`);
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(note));
    });
    return;
  }
  log(`${req.method} ${req.url} 404`);
  res.writeHead(404, { 'Content-Type': 'application/json' });
  res.end('{"error":"not found"}');
});

server.listen(PORT, () => log(`notes-api listening on http://localhost:${PORT}`));
