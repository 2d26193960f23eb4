import { defaultPrompts } from "./defaults/prompts";
import { render } from "./render";

const [cmd, name, ...rest] = process.argv.slice(2);

if (cmd === "list" || cmd === undefined) {
  for (const p of defaultPrompts) console.log(p.name);
} else if (cmd === "show") {
  const p = defaultPrompts.find((t) => t.name === name);
  if (!p) {
    console.error(`unknown prompt: ${name}`);
    process.exit(1);
  }
  console.log(render(p.text, { n: "3", input: rest.join(" ") || "<input>" }));
} else {
  console.error("usage: promptkit [list | show NAME [INPUT...]]");
  process.exit(2);
}
