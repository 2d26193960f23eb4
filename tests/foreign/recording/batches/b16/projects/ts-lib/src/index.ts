export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

if (require.main === module) {
  console.log([-5, 3, 42].map((n) => clamp(n, 0, 10)).join(" "));
}
