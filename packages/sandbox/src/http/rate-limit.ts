/**
 * Fixed-window rate limit per API key and client address, answered with the IETF
 * `RateLimit` / `RateLimit-Policy` headers and, when exceeded, 429 with `Retry-After`.
 */
export class RateLimiter {
  readonly limit: number;
  readonly windowMs = 60_000;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(perMinute: number) {
    this.limit = perMinute;
  }

  /** Counts one request; tells whether it may proceed and what to put in the headers. */
  take(subject: string, now = Date.now()): { allowed: boolean; remaining: number; resetSeconds: number } {
    let window = this.#windows.get(subject);
    if (!window || now - window.start >= this.windowMs) {
      if (this.#windows.size > 10_000) this.#sweep(now);
      window = { start: now, count: 0 };
      this.#windows.set(subject, window);
    }
    window.count++;
    const resetSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    return { allowed: window.count <= this.limit, remaining: Math.max(0, this.limit - window.count), resetSeconds };
  }

  headers(result: { remaining: number; resetSeconds: number }): Record<string, string> {
    return {
      'ratelimit-policy': `"default";q=${this.limit};w=${this.windowMs / 1000}`,
      ratelimit: `"default";r=${result.remaining};t=${result.resetSeconds}`,
    };
  }

  #sweep(now: number): void {
    for (const [subject, window] of this.#windows) if (now - window.start >= this.windowMs) this.#windows.delete(subject);
  }
}
