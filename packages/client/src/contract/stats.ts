import * as z from 'zod/mini';
import { reference } from './common.ts';

/** A calendar month, `YYYY-MM`. */
export const isoMonth = /*#__PURE__*/ z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'invalid_month' }));

/**
 * Query of `GET /v1/institutions/{institutionId}/stats`: the first and last month of the
 * period, both included. Without `to`, the current month (in WIB, on LAPOR!'s clock);
 * without `from`, 11 months before `to` (twelve months in all). At most
 * `LIMITS.statsMonthsMax` months, and `from` not after `to` (`invalid_period`).
 */
export const institutionStatsQuery = /*#__PURE__*/ z.strictObject({
  from: z.optional(isoMonth),
  to: z.optional(isoMonth),
});
export type InstitutionStatsQuery = z.output<typeof institutionStatsQuery>;

const count = /*#__PURE__*/ z.number();
/** A share between 0 and 1 (rounded to 4 decimals), or null when nothing was measured. */
const share = /*#__PURE__*/ z.nullable(z.number());

/** Reports received in one month, by classification; unknown classifications are kept. */
export const receivedByClassification = /*#__PURE__*/ z.looseObject({
  complaint: count,
  aspiration: count,
  information_request: count,
});

/** The figures of one month of the period. */
export const institutionStatsMonth = /*#__PURE__*/ z.looseObject({
  /** `YYYY-MM`. */
  month: z.string(),
  /** Reports the institution received this month (forwarded or redirected to it), by classification. */
  received: receivedByClassification,
  /** All reports received this month. */
  total: count,
  /** Of those, how many count for the follow-up share: followed up, or past their follow-up deadline. */
  followUpMeasured: count,
  /** Of those, how many were followed up within the service level (5 working days). */
  followedUpOnTime: count,
});
export type InstitutionStatsMonth = z.infer<typeof institutionStatsMonth>;

/**
 * How an institution handles the reports LAPOR! gives it, over a period of months, computed
 * from the timelines on LAPOR!'s clock (`asOf`). Counts take in confidential reports (a
 * count reveals nothing of them); nothing is given per report. The documentation defines
 * every figure exactly.
 */
export const institutionStats = /*#__PURE__*/ z.looseObject({
  institution: reference,
  period: z.looseObject({ from: z.string(), to: z.string() }),
  /** The instant the figures were computed at (ISO 8601, WIB). */
  asOf: z.string(),
  /** Every month of the period, oldest first, months without reports included. */
  months: z.array(institutionStatsMonth),
  /** Reports received in the period. */
  received: count,
  followUp: z.looseObject({
    /** Reports received in the period that were followed up, or whose deadline has passed. */
    measured: count,
    /** Of those, followed up within 5 working days. */
    onTime: count,
    /** `onTime / measured`. */
    onTimeShare: share,
    /** Median working days from receipt to the first follow-up, over the reports followed up; null when none is. */
    medianWorkingDays: z.nullable(z.number()),
  }),
  closed: z.looseObject({
    /** Reports received in the period that are closed (selesai). */
    count,
    /** `count / received`. */
    share,
  }),
  escalated: z.looseObject({
    /** Reports received in the period handed to Ombudsman RI (60 days unsettled). */
    count,
    /** `count / received`. */
    share,
  }),
  rating: z.looseObject({
    /** Reports received in the period that the reporter rated. */
    count,
    /** Average rating (1 to 5, rounded to 2 decimals); null when no report is rated. */
    average: z.nullable(z.number()),
  }),
});
export type InstitutionStats = z.infer<typeof institutionStats>;
