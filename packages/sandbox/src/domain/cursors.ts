import { ProblemError } from '../http/problem.ts';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, valid: (value: unknown) => boolean): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (valid(value)) return value as T;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError('invalid_query', {
    errors: [{ path: 'cursor', code: 'invalid_format', message: { id: 'Kursor halaman tidak sah. Gunakan nextCursor dari halaman sebelumnya.', en: 'The page cursor is not valid. Use nextCursor from the previous page.' } }],
  });
}
