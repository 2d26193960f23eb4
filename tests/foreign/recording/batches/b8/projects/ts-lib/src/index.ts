import { formatDuration, parseDuration } from "./duration";

const inputs = process.argv.slice(2);
for (const input of inputs) {
  const ms: string = parseDuration(input);
  console.log(`${input} = ${ms} ms = ${formatDuration(ms)}`);
}
