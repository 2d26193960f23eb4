import { SlidingWindowLimiter } from "./limiter";

const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 1000 });
const start = 1_000_000;
for (let i = 0; i < 5; i++) {
  const ok = limiter.allow("client-a", start + i * 100);
  console.log(`request ${i + 1}: ${ok ? "allowed" : "throttled"} (remaining ${limiter.remaining("client-a", String(start + i * 100))})`);
}
