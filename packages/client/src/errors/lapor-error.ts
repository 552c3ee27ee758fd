/**
 * Base class of every error the client throws. `code` is stable: branch on it (or on
 * the subclass), not on the message. Credentials never appear in an error's message,
 * `toString()` or `toJSON()`.
 *
 * @example
 * ```ts
 * try {
 *   await lapor.complaints.create(input);
 * } catch (error) {
 *   if (error instanceof LaporError) console.log(error.code, error.requestId);
 * }
 * ```
 */
export class LaporError extends Error {
  override name = 'LaporError';
  /** Stable code: a problem code of the contract, or one of the client's own. */
  readonly code: string;
  /** `Request-Id` of the answer, to quote when reporting a problem. */
  readonly requestId: string | undefined;
  /**
   * The `Idempotency-Key` a POST was sent with, on every error of a POST that reached the
   * network (undefined otherwise). Send the same input again with
   * `{ idempotencyKey: error.idempotencyKey }` and LAPOR! answers with what it stored, if
   * it stored anything: never a second report. Left out of the message and of `toJSON()`:
   * with the key, the stored answer (and its reporter token) can be read back.
   *
   * @example
   * ```ts
   * try {
   *   await lapor.complaints.create(report);
   * } catch (error) {
   *   if (error instanceof LaporError && error.idempotencyKey) {
   *     // later, with the same report:
   *     await lapor.complaints.create(report, { idempotencyKey: error.idempotencyKey });
   *   }
   * }
   * ```
   */
  readonly idempotencyKey: string | undefined = undefined;

  constructor(message: string, options: { code: string; requestId?: string | undefined; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.requestId = options.requestId;
  }

  /** A plain, credential-free description for logs. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, requestId: this.requestId };
  }
}

/**
 * Says how an answerless POST ends: the outcome is unknown to the caller, the key it was
 * sent with makes a later retry safe. Errors where LAPOR! surely stored nothing (a 4xx
 * answer) carry the key without the sentence.
 */
const MAY_BE_STORED =
  ' Mungkin sudah tersimpan: kirim ulang dengan error.idempotencyKey, aman tanpa duplikat. / ' +
  'It may be stored: resending with error.idempotencyKey is safe, no duplicate.';

/** Gives a POST's error the key it was sent with (see {@link LaporError.idempotencyKey}); used by the transport. */
export function withIdempotencyKey<E extends LaporError>(error: E, idempotencyKey: string, outcomeUnknown: boolean): E {
  (error as { idempotencyKey: string | undefined }).idempotencyKey = idempotencyKey;
  if (outcomeUnknown) error.message += MAY_BE_STORED;
  return error;
}
