const http = require('http');
const routes = { '/api/health': { status: 'up' } };
http.createServer((req, res) => {
  const body = routes[req.url];
  res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body || { error: 'not found' }));
}).listen(5050, () => console.log('server on http://localhost:5050'));
