const test = require("node:test");
const assert = require("node:assert");
const { SlidingWindowLimiter } = require("../dist/limiter");

test("allows up to the limit inside the window", () => {
  const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000 });
  assert.equal(limiter.allow("k", 0), true);
  assert.equal(limiter.allow("k", 10), true);
  assert.equal(limiter.allow("k", 20), false);
});

test("window slides", () => {
  const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 100 });
  assert.equal(limiter.allow("k", 0), true);
  assert.equal(limiter.allow("k", 150), true);
});
