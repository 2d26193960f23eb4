const http = require('http');

const port = process.env.PORT || 3000;
const routes = {
  '/': () => 'hackathon starter up',
  '/api/health': () => JSON.stringify({ ok: true }),
};

const server = http.createServer((req, res) => {
  const route = routes[req.url];
  res.writeHead(route ? 200 : 404);
  res.end(route ? route() : 'not found');
});

server.listen(port, () => {
  console.log(`App is running at http://localhost:${port}`);
  console.log('  Press CTRL-C to stop');
});
