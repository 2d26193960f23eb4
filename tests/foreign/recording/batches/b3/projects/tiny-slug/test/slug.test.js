const test = require("node:test");
const assert = require("node:assert");
const slug = require("..");

test("plain title", () => assert.equal(slug("Hello World"), "hello-world"));
test("accents", () => assert.equal(slug("Crème Brûlée!"), "creme-brulee"));
