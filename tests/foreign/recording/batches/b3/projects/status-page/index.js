const dayjs = require("dayjs");
const ms = require("ms");

const started = dayjs().subtract(3, "day").subtract(4, "hour");
const uptime = Date.now() - started.valueOf();
console.log(`up since ${started.format("YYYY-MM-DD HH:mm")} (${ms(uptime, { long: true })})`);
