const http = require('http');
const fs = require('fs');

const log = fs.createWriteStream('logs/dev.log', { flags: 'a' });
const products = [{ id: 1, name: 'desk lamp' }, { id: 2, name: 'chair' }];

http.createServer((req, res) => {
  log.write(`${new Date().toISOString()} ${req.method} ${req.url}\n`);
  if (req.url === '/api/products') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(products) + '\n');
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'Not Found', path: req.url }) + '\n');
}).listen(4000, () => log.write('catalog listening on 4000\n'));
