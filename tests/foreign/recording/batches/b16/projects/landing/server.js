const http = require('http');
const port = 8080;
http.createServer((req, res) => {
  console.log(new Date().toISOString(), req.method, req.url);
  res.end('<h1>Coming soon</h1>');
}).listen(port, () => console.log(`landing page on http://localhost:${port}`));
