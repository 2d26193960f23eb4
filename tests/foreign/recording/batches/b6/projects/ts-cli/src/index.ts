import { formatBytes } from "./units";

declare const process: { argv: string[] };

const args = process.argv.slice(2);
const size = args[0] ?? "1536";

console.log(formatBytes(size));
