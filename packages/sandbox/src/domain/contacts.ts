// The reporter's contact as LAPOR! would store it: phone numbers in E.164 (+62…), whatever
// way the citizen wrote them (08…, 62…, +62…, with spaces, dots or dashes).
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { ProblemError } from '../http/problem.ts';

/**
 * The E.164 form of an Indonesian phone number the contract accepted; a 422 when the
 * numbering plan knows no such number (the contract's pattern only checks the shape).
 */
export function normalizePhone(phone: string, path: string): string {
  const parsed = parsePhoneNumberFromString(phone, 'ID');
  if (!parsed?.isValid()) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path,
          code: 'invalid_phone',
          message: {
            id: `Nomor telepon ${phone} tidak dikenal. Tulis seperti 0812 3456 7890 atau +62 812 3456 7890.`,
            en: `Phone number ${phone} does not exist. Write it like 0812 3456 7890 or +62 812 3456 7890.`,
          },
        },
      ],
    });
  }
  return parsed.number;
}
