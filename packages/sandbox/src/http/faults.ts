/**
 * Faults a client must survive (`--faults`): each a probability per request.
 * - `fail-before-commit=P`: answer 503 with `Retry-After: 0`, store nothing;
 * - `drop-after-commit=P`: commit, then destroy the socket without answering;
 * - `delay=P:MS`: hold the answer MS milliseconds (after the commit).
 */
export interface FaultSpec {
  failBeforeCommit: number;
  dropAfterCommit: number;
  delay: { probability: number; ms: number };
}

export const NO_FAULTS: FaultSpec = { failBeforeCommit: 0, dropAfterCommit: 0, delay: { probability: 0, ms: 0 } };

/** A fault spec that does not parse: `message` in English (the CLI's), `id` for the admin route's Indonesian answers. */
export class FaultSpecError extends Error {
  readonly id: string;
  constructor(en: string, id: string) {
    super(en);
    this.id = id;
  }
}

function probability(text: string, name: string): number {
  const value = Number(text);
  if (!(text.trim() !== '' && value >= 0 && value <= 1)) {
    throw new FaultSpecError(`${name}: probability must be between 0 and 1, got "${text}"`, `${name}: peluang harus antara 0 dan 1, bukan "${text}"`);
  }
  return value;
}

/** Parses `drop-after-commit=0.2,fail-before-commit=0.1,delay=0.05:3000`. */
export function parseFaults(spec: string): FaultSpec {
  const faults: FaultSpec = structuredClone(NO_FAULTS);
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, value = ''] = part.split('=', 2) as [string, string?];
    switch (name) {
      case 'fail-before-commit':
        faults.failBeforeCommit = probability(value, name);
        break;
      case 'drop-after-commit':
        faults.dropAfterCommit = probability(value, name);
        break;
      case 'delay': {
        const [p = '', ms = ''] = value.split(':');
        const delay = Number(ms);
        if (!(Number.isInteger(delay) && delay >= 0 && delay <= 600_000)) {
          throw new FaultSpecError(`delay: milliseconds must be an integer 0–600000, got "${ms}"`, `delay: milidetik harus bilangan bulat 0–600000, bukan "${ms}"`);
        }
        faults.delay = { probability: probability(p, name), ms: delay };
        break;
      }
      default:
        throw new FaultSpecError(
          `unknown fault "${name}"; use fail-before-commit, drop-after-commit or delay`,
          `gangguan "${name}" tidak dikenal; gunakan fail-before-commit, drop-after-commit, atau delay`,
        );
    }
  }
  return faults;
}

export function formatFaults(faults: FaultSpec): string {
  return [
    faults.failBeforeCommit && `fail-before-commit=${faults.failBeforeCommit}`,
    faults.dropAfterCommit && `drop-after-commit=${faults.dropAfterCommit}`,
    faults.delay.probability && `delay=${faults.delay.probability}:${faults.delay.ms}`,
  ]
    .filter(Boolean)
    .join(',');
}

/** A seeded PRNG (mulberry32): the same seed gives the same faults in the same order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The faults chosen for one request. */
export interface FaultRoll {
  failBeforeCommit: boolean;
  dropAfterCommit: boolean;
  delayMs: number;
}

export function rollFaults(faults: FaultSpec, random: () => number): FaultRoll {
  const failBeforeCommit = faults.failBeforeCommit > 0 && random() < faults.failBeforeCommit;
  const dropAfterCommit = !failBeforeCommit && faults.dropAfterCommit > 0 && random() < faults.dropAfterCommit;
  const delayMs = !failBeforeCommit && faults.delay.probability > 0 && random() < faults.delay.probability ? faults.delay.ms : 0;
  return { failBeforeCommit, dropAfterCommit, delayMs };
}
