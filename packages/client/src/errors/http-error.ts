import type { Problem } from '../contract/index.ts';
import { LaporError } from './lapor-error.ts';

/**
 * LAPOR! answered with an error status. `problem` is the parsed RFC 9457 document when
 * the answer had one.
 */
export class LaporHttpError extends LaporError {
  override name = 'LaporHttpError';
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, requestId: string | undefined) {
    const code = problem?.code ?? `http_${status}`;
    const detail = problem?.detail ?? problem?.title ?? '';
    super(`LAPOR! answered ${status} ${code}${detail ? `: ${detail}` : ''}${requestId ? ` (request ${requestId})` : ''}`, {
      code,
      requestId,
    });
    this.status = status;
    this.problem = problem;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, problem: this.problem };
  }
}
