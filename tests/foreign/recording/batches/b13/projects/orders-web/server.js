'use strict';
const http = require('http');
const { isValidOrder } = require('./src/validate');

if (!process.env.DATABASE_URL) {
  throw new Error('DATABASE_URL is not set (see .env.example)');
}
const port = Number(process.env.PORT || 3000);
const orders = [];

const server = http.createServer((req, res) => {
  const send = (code, body) => {
    res.writeHead(code, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body) + '\n');
  };
  if (req.method === 'GET' && req.url === '/health') return send(200, { ok: true });
  if (req.method === 'GET' && req.url === '/orders') return send(200, orders);
  const m = req.url.match(/^\/orders\/(\d+)$/);
  if (req.method === 'GET' && m) {
    const order = orders.find((o) => o.id === Number(m[1]));
    return order ? send(200, order) : send(404, { error: 'order not found' });
  }
  if (req.method === 'POST' && req.url === '/orders') {
    let data = '';
    req.on('data', (chunk) => { data += chunk; });
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(data);
      } catch (e) {
        return send(400, { error: 'invalid JSON: ' + e.message });
      }
      if (!isValidOrder(body)) return send(422, { error: 'sku and qty required' });
      const order = { id: orders.length + 1, sku: body.sku, qty: body.qty };
      orders.push(order);
      send(201, order);
    });
    return;
  }
  send(404, { error: 'no such route' });
});

server.listen(port, () => console.log(`orders-web listening on :${port}`));
