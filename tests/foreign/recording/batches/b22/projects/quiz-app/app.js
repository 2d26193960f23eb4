const http = require("http");
const port = process.env.PORT || 3000;
http.createServer((req, res) => {
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify({ question: "2 + 2?", answers: [3, 4, 5] }));
}).listen(port, () => console.log(`quiz-app listening on http://localhost:${port}`));
