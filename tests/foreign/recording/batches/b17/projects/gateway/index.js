const config = require('./config.json');

for (const u of config.upstreams) {
  console.log(`route /${u.name}/* -> ${u.url}`);
}
console.log(`gateway would listen on :${config.listen} (timeout ${config.timeoutMs} ms)`);
