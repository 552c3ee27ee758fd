/**
 * The sandbox's sense of time. `real` follows the machine's clock. `manual` follows it
 * too, but can also be moved forward (`POST /_sandbox/clock`), so that working-day
 * deadlines weeks away can be reached in seconds; it never moves back.
 */
export class Clock {
  readonly mode: 'real' | 'manual';
  #offset = 0;

  constructor(mode: 'real' | 'manual', offset = 0) {
    this.mode = mode;
    this.#offset = offset;
  }

  now(): number {
    return Date.now() + this.#offset;
  }

  /** How far a manual clock has been moved ahead, in ms (kept across restarts). */
  get offset(): number {
    return this.#offset;
  }

  /** Moves a manual clock forward by `ms`; returns the new instant. */
  advance(ms: number): number {
    if (this.mode !== 'manual') {
      throw new ClockError('The clock is real; start the sandbox with --clock manual to move it.', 'Jam sandbox mengikuti waktu nyata; jalankan sandbox dengan --clock manual untuk memajukannya.');
    }
    if (!(ms >= 0)) throw new ClockError('The clock only moves forward.', 'Jam hanya dapat dimajukan.');
    this.#offset += ms;
    return this.now();
  }
}

/** A refused clock move: `message` in English, `id` in Bahasa Indonesia. */
export class ClockError extends Error {
  readonly id: string;
  constructor(en: string, id: string) {
    super(en);
    this.id = id;
  }
}
