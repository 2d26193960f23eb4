// Bundles src/ into dist/ with a manifest of what went in (no bundler needed for a CommonJS service).
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const pkg = require(path.join(root, "package.json"));
const sources = fs.readdirSync(path.join(root, "src")).filter((name) => name.endsWith(".js"));
fs.mkdirSync(path.join(root, "dist"), { recursive: true });

let bundle = `/* ${pkg.name} ${pkg.version} */\n`;
for (const name of sources) {
  bundle += fs.readFileSync(path.join(root, "src", name), "utf8");
}
const out = path.join("dist", `${pkg.name}.js`);
fs.writeFileSync(path.join(root, out), bundle);
const manifest = { name: pkg.name, version: pkg.version, files: sources, dependencies: Object.keys(pkg.dependencies) };
fs.writeFileSync(path.join(root, "dist", "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`built ${out} (${bundle.length} bytes) from ${sources.length} source file(s)`);
