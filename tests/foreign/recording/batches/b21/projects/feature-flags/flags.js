const config = require('./config.json');

function isOn(name) {
  return Boolean(config.flags[name]);
}

module.exports = { isOn, refreshSeconds: config.refreshSeconds };
