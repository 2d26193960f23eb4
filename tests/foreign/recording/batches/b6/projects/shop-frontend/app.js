const http = require('http');
const port = process.env.PORT || 8080;
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<h1>shop</h1>');
}).listen(port, () => console.log(`shop-frontend listening on http://localhost:${port}`));
