const http = require('http');
const port = process.env.PORT || 3000;

const tasks = [
  { id: 1, title: 'rotate API keys', done: false },
  { id: 2, title: 'bump go to 1.19', done: true },
];

const app = http.createServer((req, res) => {
  if (req.url === '/tasks') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify(tasks));
  }
  res.writeHead(404);
  res.end();
});

app.listen(port, () => {
  console.log(`board listening on port ${port}`);
});
