const http = require("http");

const PORT = Number(process.env.PORT) || 3000;
const seen = [];

const server = http.createServer((req, res) => {
  if (req.method === "POST" && req.url === "/hook") {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      seen.push({ at: new Date().toISOString(), bytes: body.length });
      res.writeHead(202, { "content-type": "application/json" });
      res.end(JSON.stringify({ queued: seen.length }) + "\n");
    });
    return;
  }
  if (req.url === "/health") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true, queued: seen.length }) + "\n");
    return;
  }
  res.writeHead(404);
  res.end("not found\n");
});

server.listen(PORT, () => console.log(`hooks-relay listening on :${PORT}`));
