import type { Problem, ValidationIssue } from '../contract/index.ts';
import { LaporError } from './lapor-error.ts';

/**
 * The input is not valid: found by the client before sending (no request was made), or
 * by LAPOR! (422 `validation_failed`). Either way `issues` lists each field's problem
 * with a stable code and a message in the client's language.
 *
 * @example
 * ```ts
 * if (error instanceof LaporValidationError) {
 *   for (const issue of error.issues) showError(issue.path, issue.message);
 * }
 * ```
 */
export class LaporValidationError extends LaporError {
  override name = 'LaporValidationError';
  readonly issues: ValidationIssue[];
  /** 422 when LAPOR! found the problems; undefined when the client did. */
  readonly status: number | undefined;
  readonly problem: Problem | undefined;

  constructor(issues: ValidationIssue[], options: { status?: number; problem?: Problem; requestId?: string | undefined } = {}) {
    const summary = issues.map((issue) => `${issue.path || '(input)'}: ${issue.code}`).join(', ');
    super(`Invalid input: ${summary}`, { code: 'validation_failed', requestId: options.requestId });
    this.issues = issues;
    this.status = options.status;
    this.problem = options.problem;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, issues: this.issues };
  }
}
