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
