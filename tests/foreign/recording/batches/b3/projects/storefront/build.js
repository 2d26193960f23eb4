const fs = require("fs");
const React = require("react");
const { renderToStaticMarkup } = require("react-dom/server");
const { ProductPage } = require("./src/ProductPage");

const products = JSON.parse(fs.readFileSync("products.json", "utf8"));
const html = "<!doctype html>" + renderToStaticMarkup(React.createElement(ProductPage, { products }));
fs.mkdirSync("dist", { recursive: true });
fs.writeFileSync("dist/index.html", html + "\n");
console.log(`dist/index.html: ${products.length} products, ${html.length} bytes`);
