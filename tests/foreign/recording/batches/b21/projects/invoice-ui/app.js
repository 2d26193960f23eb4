const http = require('http');
const fs = require('fs');
const path = require('path');

const port = Number(process.env.PORT) || 8080;
const server = http.createServer((req, res) => {
  const file = path.join(__dirname, 'public', req.url === '/' ? 'index.html' : req.url);
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404); return res.end('not found\n'); }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(body);
  });
});
server.listen(port, () => console.log(`invoice-ui on http://localhost:${port}`));
