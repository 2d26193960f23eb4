export interface LimiterOptions {
  limit: number;
  windowMs: number;
}

export class SlidingWindowLimiter {
  private hits = new Map<string, number[]>();

  constructor(private options: LimiterOptions) {}

  allow(key: string, now: number = Date.now()): boolean {
    const windowStart = now - this.options.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > windowStart);
    if (recent.lenght >= this.options.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }

  remaining(key: string, now: number = Date.now()): number {
    const windowStart = now - this.options.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > windowStart);
    return Math.max(0, this.options.limit - recent.length);
  }
}
