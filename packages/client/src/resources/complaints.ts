// The reports' resource of `createClient`: each method is one of the calls in ../calls/, which
// a page can also import alone, for a `connect`ion.
import { complaintEvents } from '../calls/complaint-events.ts';
import { createComplaint } from '../calls/create-complaint.ts';
import { getComplaint } from '../calls/get-complaint.ts';
import { listComplaints } from '../calls/list-complaints.ts';
import { rateComplaint } from '../calls/rate-complaint.ts';
import { redeemAccessCode } from '../calls/redeem-access-code.ts';
import { replyToComplaint } from '../calls/reply-to-complaint.ts';
import { requestAccess } from '../calls/request-access.ts';
import type { LaporConnection } from '../connection.ts';
import type { ComplaintCreated, ComplaintInput, PublicComplaint, PublicComplaintQuery, RatingInput, ReporterComplaint } from '../contract/complaints.ts';
import type { Attachment } from '../contract/directory.ts';
import type { TimelineEvent } from '../contract/events.ts';
import type { AccessGranted, AccessRequested } from '../contract/recovery.ts';
import type { Paginator } from '../pagination.ts';
import type { CallOptions } from '../transport/options.ts';

/** A message (follow-up or reply) with optional attachments, as uploaded or by id. */
export interface MessageInput {
  body: string;
  /** Attachments returned by `attachments.upload`, or their ids. */
  attachments?: ReadonlyArray<string | Pick<Attachment, 'id'>>;
}

/** The wire shape of a message: `{ body, attachmentIds }`. */
export function messageBody(input: MessageInput): { body: string; attachmentIds?: string[] } {
  const ids = input.attachments?.map((a) => (typeof a === 'string' ? a : a.id));
  return { body: input.body, ...(ids && ids.length ? { attachmentIds: ids } : {}) };
}

/** Options of calls the reporter makes about their own report. */
export interface ReporterOptions extends CallOptions {
  /** The `reporterToken` returned by `complaints.create`. */
  reporterToken?: string;
}

/** Citizens' reports: submit, read, follow, reply. */
export class Complaints {
  readonly #connection: LaporConnection;
  constructor(connection: LaporConnection) {
    this.#connection = connection;
  }

  /**
   * Submits a complaint, aspiration or information request. The input is validated
   * first (a {@link LaporValidationError} lists every problem, in the client's language);
   * the POST carries an idempotency key reused by every retry, so one call makes at most
   * one report. Keep `reporterToken` on the reporter's device: it opens their full view
   * and lets them reply.
   *
   * @example
   * ```ts
   * const { trackingId, reporterToken } = await lapor.complaints.create({
   *   classification: 'complaint',
   *   title: 'Jalan berlubang di depan SDN 3 Mataram',
   *   body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki.',
   *   incidentDate: '2026-11-20',
   *   location: { regionCode: '52.71' },
   *   reporter: { name: 'Siti Aminah', email: 'siti@example.id' },
   * });
   * ```
   */
  create(input: ComplaintInput, options?: CallOptions): Promise<ComplaintCreated> {
    return createComplaint(this.#connection, input, options);
  }

  /**
   * The public reports, newest first, in the public view only (never a confidential or
   * not yet forwarded report, never the reporter's identity), filtered by institution,
   * area (`regionCode`, areas within it included), topic, status group (`waiting`,
   * `in_process`, `done`) and words of the title and body (`q`).
   *
   * @example
   * ```ts
   * for await (const report of lapor.complaints.list({ institutionId: 'pemkot-mataram', statusGroup: 'done' })) {
   *   console.log(report.trackingId, report.title);
   * }
   * const latest = await lapor.complaints.list({ q: 'jalan berlubang' }).toArray({ limit: 3 });
   * ```
   */
  list(query?: Omit<PublicComplaintQuery, 'cursor'>, options?: CallOptions): Paginator<PublicComplaint> {
    return listComplaints(this.#connection, query, options);
  }

  /**
   * A report by tracking ID: the public view, or the reporter's full view with their token.
   * A report not yet forwarded by LAPOR!, or confidential, is found only with the token.
   *
   * @example
   * ```ts
   * const report = await lapor.complaints.get('1916449', { reporterToken });
   * console.log(report.status, report.dueDates);
   * ```
   */
  get(trackingId: string, options?: ReporterOptions): Promise<PublicComplaint | ReporterComplaint> {
    return getComplaint(this.#connection, trackingId, options);
  }

  /**
   * The timeline of a report, oldest first.
   *
   * @example
   * ```ts
   * for await (const event of lapor.complaints.events('1916449')) console.log(event.at, event.type);
   * ```
   */
  events(trackingId: string, options?: ReporterOptions): Paginator<TimelineEvent> {
    return complaintEvents(this.#connection, trackingId, options);
  }

  /**
   * The reporter's reply (tanggapan) to a follow-up; needs the reporter token.
   *
   * @example
   * ```ts
   * await lapor.complaints.reply('1916449', { body: 'Belum diperbaiki.' }, { reporterToken });
   * ```
   */
  reply(trackingId: string, input: MessageInput, options: ReporterOptions & { reporterToken: string }): Promise<TimelineEvent> {
    return replyToComplaint(this.#connection, trackingId, input, options);
  }

  /**
   * The reporter's rating of the handling, once the report is closed: `rating` 1 (poor) to
   * 5 (very good), an optional `comment`; needs the reporter token. A report not closed
   * yet answers 409 `invalid_transition`, a second rating 409 `already_rated`.
   *
   * @example
   * ```ts
   * await lapor.complaints.rate('1916449', { rating: 4, comment: 'Cepat ditangani.' }, { reporterToken });
   * ```
   */
  rate(trackingId: string, input: RatingInput, options: ReporterOptions & { reporterToken: string }): Promise<TimelineEvent> {
    return rateComplaint(this.#connection, trackingId, input, options);
  }

  /**
   * Asks for a one-time code to follow a report on another device: give the e-mail address
   * or phone number the report was sent with. When it matches, LAPOR! sends a 6-digit code
   * there; the answer is the same either way. Then call {@link Complaints.redeemAccessCode}.
   *
   * @example
   * ```ts
   * await lapor.complaints.requestAccess('1916449', { contact: 'siti@example.id' });
   * ```
   */
  requestAccess(trackingId: string, input: { contact: string }, options?: CallOptions): Promise<AccessRequested> {
    return requestAccess(this.#connection, trackingId, input, options);
  }

  /**
   * Exchanges the one-time code for a new reporter token (the previous token stops
   * working). A wrong, expired or used code is a 401 `invalid_access_code`.
   *
   * @example
   * ```ts
   * const { reporterToken } = await lapor.complaints.redeemAccessCode('1916449', { code: '042917' });
   * ```
   */
  redeemAccessCode(trackingId: string, input: { code: string }, options?: CallOptions): Promise<AccessGranted> {
    return redeemAccessCode(this.#connection, trackingId, input, options);
  }
}
