import * as z from 'zod/mini';
import { text } from './common.ts';

/**
 * Following a report from another device (a citizen who changed phones): the tracking ID
 * and the e-mail address or phone number given in the report ask for a one-time code,
 * which LAPOR! sends to that contact; the code, entered on the new device, gives a new
 * reporter token. The answers never tell whether the contact matched.
 *
 * The code's length and lifetime are our inference (LAPOR! publishes none); the server
 * also limits how often codes are asked for and tried.
 */
export const ACCESS_CODE = {
  /** Digits of the one-time code. */
  digits: 6,
  /** Minutes a code stays valid after it was sent. */
  ttlMinutes: 15,
} as const;

/** `POST /v1/complaints/{trackingId}/access-requests`: the contact given in the report. */
export const accessRequestInput = /*#__PURE__*/ z.strictObject({
  /** The e-mail address or phone number (08…, +62…) given in the report. */
  contact: text(3, 254),
});
export type AccessRequestInput = z.input<typeof accessRequestInput>;

/** The answer to an access request: the same whether or not a code was sent. */
export const accessRequested = /*#__PURE__*/ z.looseObject({
  /** Minutes a code, if one was sent, stays valid. */
  expiresInMinutes: z.number(),
});
export type AccessRequested = z.infer<typeof accessRequested>;

/** `POST /v1/complaints/{trackingId}/access-tokens`: the one-time code received. */
export const accessCodeInput = /*#__PURE__*/ z.strictObject({
  code: /*#__PURE__*/ z.string().check(z.trim(), z.regex(/^\d{6}$/, { error: 'invalid_format' })),
});
export type AccessCodeInput = z.input<typeof accessCodeInput>;

/** A new reporter token for the report: keep it on the device, as after submitting. */
export const accessGranted = /*#__PURE__*/ z.looseObject({
  trackingId: z.string(),
  reporterToken: z.string(),
});
export type AccessGranted = z.infer<typeof accessGranted>;
