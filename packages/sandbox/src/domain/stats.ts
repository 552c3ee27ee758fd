// An institution's handling figures (`GET /v1/institutions/{institutionId}/stats`),
// computed from the timelines with the working-day calendar. The docs (transparansi.md,
// transparency.md) define each figure in the same terms as the comments here.
import {
  LIMITS,
  SERVICE_LEVELS,
  formatIssue,
  type InstitutionStats,
  type InstitutionStatsMonth,
  type InstitutionStatsQuery,
} from '@lapor/client/contract';
import { ProblemError, noSuchInstitution } from '../http/problem.ts';
import { wibDate, wibDateTime, type WorkingCalendar } from './calendar.ts';
import type { EventRow } from './rows.ts';
import type { State } from './state.ts';

/** One event of a timeline as the figures read it. */
export interface StatsEvent {
  type: string;
  /** Epoch ms. */
  at: number;
  data: Record<string, unknown>;
}

/** A report as the figures read it: its classification and its timeline, oldest first. */
export interface StatsReport {
  classification: string;
  events: readonly StatsEvent[];
}

/** What the figures are computed over. */
export interface StatsScope {
  institutionId: string;
  /** First and last month, `YYYY-MM`, both included. */
  from: string;
  to: string;
  /** LAPOR!'s clock, epoch ms. */
  now: number;
  calendar: WorkingCalendar;
}

/** Everything of the answer but the institution and the instant. */
export type Figures = Pick<InstitutionStats, 'period' | 'months' | 'received' | 'followUp' | 'closed' | 'escalated' | 'rating'>;

/** `YYYY-MM` plus `n` months (negative goes back). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const ratio = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 4));

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The institution an event gives the report to: `forwarded` and `redirected` name it. */
function disposedTo(event: StatsEvent): string | undefined {
  if (event.type !== 'forwarded' && event.type !== 'redirected') return undefined;
  const institution = event.data.institution as { id?: unknown } | undefined;
  return typeof institution?.id === 'string' ? institution.id : undefined;
}

/**
 * The figures of one institution over a period, from the timelines alone.
 *
 * - A report counts for the institution it is with now (the last `forwarded` or
 *   `redirected` event names it); it was **received** at that event, in that event's month
 *   (WIB). Only reports received within the period count for any figure.
 * - **Working days to the first follow-up**: working days after the receipt date up to the
 *   date of the first `followed_up` after receipt (a follow-up on a non-working day counts
 *   as the next working day; see `WorkingCalendar.workingDaysBetween`). **On time** when at
 *   most `SERVICE_LEVELS.followUpWorkingDays` (5), i.e. on or before the follow-up due date.
 * - **Measured** for the on-time share: followed up, or with its due date over on `now`'s
 *   date without a follow-up (late), unless it was archived or escalated on or before the due
 *   date without one (nothing was owed any more).
 * - **Closed**: has a `closed` event. **Escalated**: has an `escalated` event (Ombudsman RI).
 * - **Rating**: the last `rated` event's numeric `rating` of each rated report, averaged.
 */
export function computeFigures(reports: readonly StatsReport[], scope: StatsScope): Figures {
  const { institutionId, from, to, now, calendar } = scope;
  const count = monthsBetween(from, to);
  const months: InstitutionStatsMonth[] = Array.from({ length: count }, (_, i) => ({
    month: addMonths(from, i),
    received: { complaint: 0, aspiration: 0, information_request: 0 },
    total: 0,
    followUpMeasured: 0,
    followedUpOnTime: 0,
  }));
  const today = wibDate(now);
  const days: number[] = [];
  const ratings: number[] = [];
  let closed = 0;
  let escalated = 0;

  for (const report of reports) {
    const receipt = report.events.findLastIndex((event) => disposedTo(event) !== undefined);
    if (receipt < 0 || disposedTo(report.events[receipt]!) !== institutionId) continue;
    const receivedAt = report.events[receipt]!.at;
    const month = months[monthsBetween(from, wibDate(receivedAt).slice(0, 7)) - 1];
    if (!month) continue;
    const after = report.events.slice(receipt + 1);

    month.total++;
    const byClassification = month.received as Record<string, number>;
    byClassification[report.classification] = (byClassification[report.classification] ?? 0) + 1;

    const due = calendar.addWorkingDays(receivedAt, SERVICE_LEVELS.followUpWorkingDays);
    const followUp = after.find((event) => event.type === 'followed_up');
    let counted = false;
    if (followUp) {
      const taken = calendar.workingDaysBetween(receivedAt, followUp.at);
      days.push(taken);
      counted = true;
      if (taken <= SERVICE_LEVELS.followUpWorkingDays) month.followedUpOnTime++;
    } else {
      const stopped = after.some((event) => (event.type === 'archived' || event.type === 'escalated') && wibDate(event.at) <= due);
      counted = today > due && !stopped;
    }
    if (counted) month.followUpMeasured++;

    if (report.events.some((event) => event.type === 'closed')) closed++;
    if (report.events.some((event) => event.type === 'escalated')) escalated++;
    const rating = report.events.findLast((event) => event.type === 'rated')?.data.rating;
    if (typeof rating === 'number' && Number.isFinite(rating)) ratings.push(rating);
  }

  // The period's totals are the sums of its months.
  const sum = (field: 'total' | 'followUpMeasured' | 'followedUpOnTime') => months.reduce((total, month) => total + month[field], 0);
  const received = sum('total');
  const measured = sum('followUpMeasured');
  const onTime = sum('followedUpOnTime');
  return {
    period: { from, to },
    months,
    received,
    followUp: { measured, onTime, onTimeShare: ratio(onTime, measured), medianWorkingDays: median(days) },
    closed: { count: closed, share: ratio(closed, received) },
    escalated: { count: escalated, share: ratio(escalated, received) },
    rating: {
      count: ratings.length,
      average: ratings.length === 0 ? null : round(ratings.reduce((sum, value) => sum + value, 0) / ratings.length, 2),
    },
  };
}

/** The period of a query: defaults on LAPOR!'s clock, 400 when reversed or too long. */
export function statsPeriod(query: InstitutionStatsQuery, now: number, locale: string | undefined): { from: string; to: string } {
  const to = query.to ?? wibDate(now).slice(0, 7);
  const from = query.from ?? addMonths(to, -11);
  const span = monthsBetween(from, to);
  if (span < 1 || span > LIMITS.statsMonthsMax) {
    const path = query.from === undefined ? 'to' : 'from';
    throw new ProblemError('invalid_query', {
      errors: [{ path, code: 'invalid_period', message: formatIssue('invalid_period', [path], { max: LIMITS.statsMonthsMax }, { locale }) }],
    });
  }
  return { from, to };
}

/** `GET /v1/institutions/{institutionId}/stats`: 404 for an unknown institution. */
export function institutionStats(state: State, institutionId: string, query: InstitutionStatsQuery, locale: string | undefined): InstitutionStats {
  const institution = state.db.get<{ id: string; name: string }>('SELECT id, name FROM institutions WHERE id = ?', institutionId);
  if (!institution) throw noSuchInstitution(institutionId);
  const now = state.clock.now();
  const period = statsPeriod(query, now, locale);
  // The reports with the institution now, with their timelines: confidential ones too, as
  // only counts leave this function.
  const rows = state.db.all<EventRow & { classification: string }>(
    `SELECT e.*, c.classification FROM complaints c JOIN events e ON e.tracking_id = c.tracking_id
     WHERE c.institution_id = ? ORDER BY e.tracking_id, e.seq`,
    institutionId,
  );
  const reports = new Map<string, { classification: string; events: StatsEvent[] }>();
  for (const row of rows) {
    let report = reports.get(row.tracking_id);
    if (!report) reports.set(row.tracking_id, (report = { classification: row.classification, events: [] }));
    report.events.push({ type: row.type, at: row.at, data: JSON.parse(row.data) as Record<string, unknown> });
  }
  const figures = computeFigures([...reports.values()], { institutionId, ...period, now, calendar: state.calendar });
  return { institution, asOf: wibDateTime(now), ...figures };
}
