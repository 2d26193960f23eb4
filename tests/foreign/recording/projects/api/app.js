const fs = require('fs');

const config = JSON.parse(fs.readFileSync('config.json', 'utf8'));
const port = config.server.port;
console.log(`api ready on port ${port}`);
