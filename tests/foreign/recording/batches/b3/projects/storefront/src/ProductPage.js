const React = require("react");
const h = React.createElement;

function ProductPage({ products }) {
  return h("main", null,
    h("h1", null, "Autumn collection"),
    h("ul", null, products.map((p) => h("li", { key: p.sku }, `${p.name} — ${p.price.toFixed(2)} €`))));
}

module.exports = { ProductPage };
