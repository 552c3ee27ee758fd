// The lifecycle of a report as LAPOR! runs it, as one table: which action moves which
// status where, who may take it, which due dates start or stop, and which timeline event
// (and so which webhook) follows. Every state change of the sandbox goes through `apply`;
// the docs' table and diagram are generated from LIFECYCLE.
import {
  HOLD_REASONS,
  SERVICE_LEVELS,
  STATUSES,
  type AgencyComplaintInput,
  type Attachment,
  type ComplaintCreated,
  type ComplaintInput,
  type EventType,
  type FollowUpInput,
  type HoldReason,
  type RatingInput,
  type ReplyInput,
  type Status,
  type TimelineEvent,
} from '@lapor/client/contract';
import { ProblemError, type Localized } from '../http/problem.ts';
import { DAY_MS, startOfWibDay, wibDate, wibDateTime } from './calendar.ts';
import { institutionReference } from './complaints.ts';
import { normalizePhone } from './contacts.ts';
import {
  checkAttachments,
  checkReference,
  checkRegion,
  insertComplaint,
  notFound,
  requireComplaint,
  type ComplaintRow,
} from './rows.ts';
import type { State } from './state.ts';
import { newSecret, randomId, sha256Hex } from './tokens.ts';
import { readAccess } from './views.ts';
import { queueWebhooks } from './webhooks.ts';

/** What can happen to a report. */
export type Action =
  | 'submit'
  | 'forward'
  | 'hold'
  | 'redirect'
  | 'archive'
  | 'follow_up'
  | 'reply'
  | 'close'
  | 'auto_close'
  | 'escalate'
  | 'rate';

/** Who takes an action: the citizen, the institution handling it, LAPOR! admins, or time. */
export type Actor = 'reporter' | 'institution' | 'admin' | 'clock';

/** The due dates a report carries (`dueDates` in the contract). */
export type DueDate = 'verification' | 'followUp' | 'autoClose' | 'escalation';

/**
 * What an action does to a due date: `start` sets it from the service level, `stop` clears
 * it, `start_if_none` starts it only when none is open (so it never moves later). A due
 * date an action does not name stays as it is.
 */
export type DueEffect = 'start' | 'stop' | 'start_if_none';

/** One row of the lifecycle table. */
export interface Transition {
  action: Action;
  /** Statuses the action is allowed from (none for `submit`, which creates the report). */
  from: readonly Status[];
  /** Status after the action; `null` keeps the status. */
  to: Status | null;
  /** Who may take it. */
  by: readonly Actor[];
  due: Partial<Record<DueDate, DueEffect>>;
  /** The timeline event recorded; its webhook is `complaint.<event>`. */
  event: EventType;
  /** Why, when the rule is our inference rather than LAPOR!'s published practice. */
  inferred?: Localized;
}

/** Statuses a report is still being handled in: escalation runs in these. */
const UNSETTLED: readonly Status[] = ['submitted', 'on_hold', 'forwarded', 'followed_up'];

/** The lifecycle, one row per action and set of starting statuses. */
export const LIFECYCLE: readonly Transition[] = [
  {
    action: 'submit',
    from: [],
    to: 'submitted',
    by: ['reporter', 'institution'],
    due: { verification: 'start', escalation: 'start' },
    event: 'submitted',
  },
  {
    action: 'forward',
    from: ['submitted', 'on_hold'],
    to: 'forwarded',
    by: ['admin'],
    due: { verification: 'stop', followUp: 'start' },
    event: 'forwarded',
  },
  {
    action: 'hold',
    from: ['submitted'],
    to: 'on_hold',
    by: ['admin'],
    due: {},
    event: 'held',
  },
  {
    action: 'redirect',
    from: ['forwarded', 'followed_up'],
    to: 'forwarded',
    by: ['admin'],
    due: { followUp: 'start', autoClose: 'stop' },
    event: 'redirected',
  },
  {
    action: 'archive',
    from: UNSETTLED,
    to: 'archived',
    by: ['admin'],
    due: { verification: 'stop', followUp: 'stop', autoClose: 'stop' },
    event: 'archived',
  },
  {
    action: 'follow_up',
    from: ['forwarded', 'followed_up'],
    to: 'followed_up',
    by: ['institution'],
    due: { followUp: 'stop', autoClose: 'start' },
    event: 'followed_up',
  },
  {
    action: 'reply',
    from: ['on_hold'],
    to: null,
    by: ['reporter'],
    due: {},
    event: 'reporter_replied',
    inferred: {
      id: 'Selama laporan ditunda, pelapor melengkapi data dan lampiran lewat tanggapan.',
      en: 'While a report is on hold, the reporter adds information and attachments as a reply.',
    },
  },
  {
    action: 'reply',
    from: ['forwarded'],
    to: null,
    by: ['reporter'],
    due: {},
    event: 'reporter_replied',
    inferred: {
      id: 'Tanggapan sebelum tindak lanjut tidak memundurkan tenggat instansi.',
      en: 'A reply before the follow-up does not move the institution’s deadline later.',
    },
  },
  {
    action: 'reply',
    from: ['followed_up'],
    to: null,
    by: ['reporter'],
    due: { autoClose: 'stop', followUp: 'start_if_none' },
    event: 'reporter_replied',
    inferred: {
      id: `Tanggapan setelah tindak lanjut menghentikan penutupan otomatis; instansi wajib menindaklanjuti lagi dalam ${SERVICE_LEVELS.followUpWorkingDays} hari kerja (tenggat yang masih berjalan tidak dimundurkan).`,
      en: `A reply after a follow-up stops auto-close; the institution owes a new follow-up within ${SERVICE_LEVELS.followUpWorkingDays} working days (an open deadline is not moved later).`,
    },
  },
  {
    action: 'close',
    from: ['followed_up'],
    to: 'closed',
    by: ['admin'],
    due: { followUp: 'stop', autoClose: 'stop' },
    event: 'closed',
  },
  {
    action: 'auto_close',
    from: ['followed_up'],
    to: 'closed',
    by: ['clock'],
    due: { followUp: 'stop', autoClose: 'stop' },
    event: 'closed',
  },
  {
    action: 'escalate',
    from: UNSETTLED,
    to: 'escalated',
    by: ['clock'],
    due: { verification: 'stop', followUp: 'stop', autoClose: 'stop' },
    event: 'escalated',
  },
  {
    action: 'rate',
    from: ['closed'],
    to: null,
    by: ['reporter'],
    due: {},
    event: 'rated',
    inferred: {
      id: 'Pelapor menilai penanganan sekali (1–5, dengan komentar bila mau) setelah laporan selesai; LAPOR! tidak memublikasikan skema penilaian.',
      en: 'The reporter rates the handling once (1–5, with an optional comment) after the report closed; LAPOR! publishes no rating scheme.',
    },
  },
];

/** The row of LIFECYCLE for an action from a status, if the action is allowed there. */
export function transitionFor(action: Action, from: Status | null): Transition | undefined {
  return LIFECYCLE.find((t) => t.action === action && (from === null ? t.from.length === 0 : t.from.includes(from)));
}

/** How each status reads in a sentence to a citizen ("Laporan #1916449 sudah selesai"). */
const STATUS_PHRASES: Record<Status, Localized> = {
  submitted: { id: 'masih menunggu verifikasi admin LAPOR!', en: 'is still waiting for verification by LAPOR! admins' },
  on_hold: { id: 'sedang ditunda oleh admin LAPOR!', en: 'is on hold with LAPOR! admins' },
  forwarded: { id: 'sudah diteruskan ke instansi', en: 'has been forwarded to an institution' },
  followed_up: { id: 'sudah ditindaklanjuti instansi', en: 'has been followed up by the institution' },
  closed: { id: 'sudah selesai', en: 'is closed' },
  archived: { id: 'sudah diarsipkan', en: 'has been archived' },
  escalated: { id: 'sudah dilimpahkan ke Ombudsman RI', en: 'has been handed over to Ombudsman RI' },
};

/** Actions a person asks for, and so may be refused; the clock's are only ever taken where allowed. */
type Requested = Exclude<Action, 'submit' | 'auto_close' | 'escalate'>;

/** What cannot happen, as the second half of a refusal. */
const REFUSED: Record<Requested, Localized> = {
  forward: { id: 'laporan tidak dapat didisposisikan', en: 'it cannot be forwarded' },
  hold: { id: 'laporan tidak dapat ditunda', en: 'it cannot be put on hold' },
  redirect: { id: 'laporan tidak dapat dialihkan ke instansi lain', en: 'it cannot be redirected to another institution' },
  archive: { id: 'laporan tidak dapat diarsipkan', en: 'it cannot be archived' },
  follow_up: { id: 'tindak lanjut tidak dapat dikirim', en: 'a follow-up cannot be posted' },
  reply: { id: 'tanggapan tidak dapat dikirim', en: 'a reply cannot be sent' },
  close: { id: 'laporan tidak dapat ditutup', en: 'it cannot be closed' },
  rate: { id: 'penilaian baru dapat diberikan setelah laporan selesai', en: 'it can be rated only once it is closed' },
};

/** A 409 a citizen can read: the report's state in words, never a raw status code. */
export function refusal(row: ComplaintRow, action: Requested, state: Localized = STATUS_PHRASES[row.status]): ProblemError {
  return new ProblemError('invalid_transition', {
    detail: {
      id: `Laporan #${row.tracking_id} ${state.id}; ${REFUSED[action].id}.`,
      en: `Report #${row.tracking_id} ${state.en}; ${REFUSED[action].en}.`,
    },
  });
}

type DueColumns = Pick<ComplaintRow, 'due_verification' | 'due_follow_up' | 'due_auto_close' | 'auto_close_at'>;
type Changes = Partial<DueColumns & Pick<ComplaintRow, 'institution_id' | 'escalation_at' | 'due_escalation'>>;

/** The due-date columns a transition sets at instant `at`. */
function dueChanges(state: State, transition: Transition, row: DueColumns, at: number): Changes {
  const changes: Changes = {};
  const { verification, followUp, autoClose, escalation } = transition.due;
  if (verification === 'start') changes.due_verification = state.calendar.addWorkingDays(at, SERVICE_LEVELS.verificationWorkingDays);
  if (verification === 'stop') changes.due_verification = null;
  if (followUp === 'start' || (followUp === 'start_if_none' && row.due_follow_up === null)) {
    changes.due_follow_up = state.calendar.addWorkingDays(at, SERVICE_LEVELS.followUpWorkingDays);
  }
  if (followUp === 'stop') changes.due_follow_up = null;
  if (autoClose === 'start') {
    changes.due_auto_close = state.calendar.addWorkingDays(at, SERVICE_LEVELS.autoCloseWorkingDays);
    // Closes when the last working day of the period has ended.
    changes.auto_close_at = startOfWibDay(changes.due_auto_close) + DAY_MS;
  }
  if (autoClose === 'stop') {
    changes.due_auto_close = null;
    changes.auto_close_at = null;
  }
  if (escalation === 'start') {
    changes.escalation_at = at + SERVICE_LEVELS.escalationCalendarDays * DAY_MS;
    changes.due_escalation = wibDate(changes.escalation_at);
  }
  return changes;
}

/**
 * Takes `action` on a report as `actor`: refuses it (409) when LIFECYCLE does not allow it
 * from the report's status, else moves the status, sets the due dates, records the event
 * and queues its webhooks, all in the caller's transaction.
 */
function apply(
  state: State,
  row: ComplaintRow,
  action: Action,
  actor: Actor,
  data: Record<string, unknown>,
  at: number,
  changes: Pick<Changes, 'institution_id'> = {},
): TimelineEvent {
  const transition = transitionFor(action, row.status);
  if (!transition || !transition.by.includes(actor)) {
    // The clock fires only where the table allows it (see fireDueTimers), so only a person is refused.
    throw refusal(row, action as Requested);
  }
  const next: ComplaintRow = { ...row, ...dueChanges(state, transition, row, at), ...changes, status: transition.to ?? row.status, updated_at: at };
  state.db.run(
    `UPDATE complaints SET status = ?, updated_at = ?, institution_id = ?, due_verification = ?, due_follow_up = ?, due_auto_close = ?, auto_close_at = ?
     WHERE tracking_id = ?`,
    next.status,
    at,
    next.institution_id,
    next.due_verification,
    next.due_follow_up,
    next.due_auto_close,
    next.auto_close_at,
    row.tracking_id,
  );
  return appendEvent(state, next, transition.event, data, at);
}

/** Appends an event to the timeline of a complaint already in its new state, and queues its webhooks. */
function appendEvent(state: State, row: ComplaintRow, type: EventType, data: Record<string, unknown>, at: number): TimelineEvent {
  const id = randomId('evt', 10);
  state.db.run(
    'INSERT INTO events (id, tracking_id, type, status, at, data) VALUES (?, ?, ?, ?, ?, ?)',
    id,
    row.tracking_id,
    type,
    row.status,
    at,
    JSON.stringify(data),
  );
  const event = { id, trackingId: row.tracking_id, type, at: wibDateTime(at), status: row.status, ...data } as TimelineEvent;
  queueWebhooks(state, row, event);
  return event;
}

interface Submitter {
  apiKey: string;
  /** The institution whose site or system sent the report. */
  sourceInstitutionId: string | null;
}

/**
 * Stores a new report and its `submitted` event; returns the creation answer. The
 * institution the citizen names is kept as a suggestion only: LAPOR! admins decide the
 * disposition, so it neither sees nor handles the report until one forwards it there.
 */
export function createComplaint(
  state: State,
  input: ComplaintInput | AgencyComplaintInput,
  submitter: Submitter,
): ComplaintCreated {
  // Stryker disable all: input checks and the stored fields are complaints.test.ts's to pin; the mutation run covers the lifecycle.
  checkReference(state, 'institutions', input.institutionId, 'institutionId');
  checkReference(state, 'categories', input.categoryId, 'categoryId');
  checkRegion(state, input.location?.regionCode, 'location.regionCode');
  checkRegion(state, input.reporterOrigin?.regionCode, 'reporterOrigin.regionCode');
  checkAttachments(state, input.attachmentIds ?? [], submitter.apiKey, 'attachmentIds');
  const sourceRef = 'sourceRef' in input ? input.sourceRef : null;
  if (
    sourceRef &&
    state.db.get('SELECT 1 AS x FROM complaints WHERE source_institution_id = ? AND source_ref = ?', submitter.sourceInstitutionId, sourceRef)
  ) {
    throw new ProblemError('validation_failed', {
      errors: [
        { path: 'sourceRef', code: 'duplicate', message: { id: `Nomor referensi ${sourceRef} sudah pernah dikirim.`, en: `Reference ${sourceRef} has been sent before.` } },
      ],
    });
  }

  const phone = input.reporter.phone === undefined ? null : normalizePhone(input.reporter.phone, 'reporter.phone');
  // Stryker restore all
  const now = state.clock.now();
  const reporterToken = newSecret();
  const none = { due_verification: null, due_follow_up: null, due_auto_close: null, auto_close_at: null };
  const due = { ...none, ...dueChanges(state, transitionFor('submit', null)!, none, now) } as DueColumns & Pick<ComplaintRow, 'escalation_at' | 'due_escalation'>;
  // Stryker disable all: the stored fields are complaints.test.ts's to pin.
  const row: ComplaintRow = {
    tracking_id: '',
    classification: input.classification,
    title: input.title,
    body: input.body,
    incident_date: input.incidentDate ?? null,
    region_code: input.location?.regionCode ?? null,
    address: input.location?.address ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    origin_region_code: input.reporterOrigin?.regionCode ?? null,
    suggested_institution_id: input.institutionId ?? null,
    institution_id: null,
    category_id: input.categoryId ?? null,
    anonymous: input.anonymous ? 1 : 0,
    confidential: input.confidential ? 1 : 0,
    reporter_name: input.reporter.name,
    reporter_email: input.reporter.email ?? null,
    reporter_phone: phone,
    channel: 'integration',
    source_institution_id: submitter.sourceInstitutionId,
    source_ref: sourceRef,
    api_key: submitter.apiKey,
    reporter_token_hash: sha256Hex(reporterToken),
    status: 'submitted',
    created_at: now,
    updated_at: now,
    due_verification: due.due_verification,
    due_follow_up: due.due_follow_up,
    due_auto_close: due.due_auto_close,
    auto_close_at: due.auto_close_at,
    escalation_at: due.escalation_at,
    due_escalation: due.due_escalation,
    rating: null,
    rating_comment: null,
    rated_at: null,
  };
  // Stryker restore all
  insertComplaint(state, row);
  const trackingId = row.tracking_id;
  (input.attachmentIds ?? []).forEach((id, position) => {
    state.db.run('INSERT INTO complaint_attachments (tracking_id, attachment_id, position) VALUES (?, ?, ?)', trackingId, id, position);
  });
  appendEvent(state, row, 'submitted', {}, now);
  return {
    trackingId,
    status: 'submitted',
    createdAt: wibDateTime(now),
    reporterToken,
    dueDates: { ...(row.due_verification ? { verification: row.due_verification } : {}), escalation: row.due_escalation },
    publicUrl: input.confidential ? null : state.publicUrl(trackingId),
  };
}

function messageData(state: State, input: FollowUpInput | ReplyInput, apiKey: string) {
  checkAttachments(state, input.attachmentIds ?? [], apiKey, 'attachmentIds');
  const attachments = (input.attachmentIds ?? []).map(
    (id) =>
      state.db.get<Attachment>('SELECT id, name, mime_type AS mimeType, size, sha256 FROM attachments WHERE id = ?', id)!,
  );
  return { message: input.body, attachments };
}

const NOT_YET_YOURS: Localized = { id: 'belum diteruskan ke instansi Anda', en: 'has not been forwarded to your institution' };

/** The institution's follow-up: only on complaints forwarded to it and still in process. */
export function followUp(state: State, trackingId: string, institutionId: string, input: FollowUpInput, apiKey: string): TimelineEvent {
  const row = requireComplaint(state, trackingId);
  if (row.institution_id !== institutionId) {
    // Submitted through the institution's own site, but not (or no longer) forwarded to it.
    if (row.source_institution_id === institutionId) throw refusal(row, 'follow_up', NOT_YET_YOURS);
    throw notFound();
  }
  const data = { institution: institutionReference(state, institutionId), ...messageData(state, input, apiKey) };
  return apply(state, row, 'follow_up', 'institution', data, state.clock.now());
}

/**
 * The reporter's reply (tanggapan): on hold it adds the information LAPOR! asked for; in
 * process it reopens the conversation (see LIFECYCLE for the due dates).
 */
export function reply(state: State, trackingId: string, reporterToken: string, input: ReplyInput, apiKey: string): TimelineEvent {
  // A token that does not fit answers like a report that does not exist (views.ts).
  const { row } = readAccess(state, trackingId, reporterToken);
  if (!transitionFor('reply', row.status)) throw refusal(row, 'reply');
  return apply(state, row, 'reply', 'reporter', messageData(state, input, apiKey), state.clock.now());
}

/**
 * The reporter's rating of the handling, once, after the report closed. The `rated` event
 * carries the numeric `rating` (what statistics average) and the comment; who sees the
 * comment is the visibility table's `ratingComment` facet.
 */
export function rate(state: State, trackingId: string, reporterToken: string, input: RatingInput): TimelineEvent {
  const { row } = readAccess(state, trackingId, reporterToken);
  if (row.rated_at !== null) {
    throw new ProblemError('already_rated', {
      detail: {
        id: `Laporan #${row.tracking_id} sudah Anda nilai; penilaian hanya dapat diberikan sekali.`,
        en: `You have already rated report #${row.tracking_id}; a report can be rated only once.`,
      },
    });
  }
  if (!transitionFor('rate', row.status)) throw refusal(row, 'rate');
  const at = state.clock.now();
  const comment = input.comment ?? null;
  state.db.run('UPDATE complaints SET rating = ?, rating_comment = ?, rated_at = ? WHERE tracking_id = ?', input.rating, comment, at, row.tracking_id);
  return apply(state, row, 'rate', 'reporter', { rating: input.rating, comment }, at);
}

/** What LAPOR! admins do, through the sandbox's `/_sandbox` routes. */
export const admin = {
  forward(state: State, trackingId: string, institutionId: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (!transitionFor('forward', row.status)) throw refusal(row, 'forward');
    const institution = institutionReference(state, institutionId);
    return apply(state, row, 'forward', 'admin', { institution }, state.clock.now(), { institution_id: institution.id });
  },
  /** Holds a new report for a reason from HOLD_REASONS, which the reporter is shown. */
  hold(state: State, trackingId: string, reason: HoldReason, note: string | undefined): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    const data = { reason: HOLD_REASONS[reason].id, reasonCode: reason, note: note ?? null };
    return apply(state, row, 'hold', 'admin', data, state.clock.now());
  },
  redirect(state: State, trackingId: string, institutionId: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (!transitionFor('redirect', row.status)) throw refusal(row, 'redirect');
    const institution = institutionReference(state, institutionId);
    const from = institutionReference(state, row.institution_id!);
    return apply(state, row, 'redirect', 'admin', { from, institution }, state.clock.now(), { institution_id: institution.id });
  },
  archive(state: State, trackingId: string, reason: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    return apply(state, row, 'archive', 'admin', { reason }, state.clock.now());
  },
  /** A follow-up as the institution the complaint is forwarded to (demo panels have no secret key). */
  followUpAsInstitution(state: State, trackingId: string, body: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (!row.institution_id) throw refusal(row, 'follow_up');
    return followUp(state, trackingId, row.institution_id, { body }, row.api_key);
  },
  close(state: State, trackingId: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    return apply(state, row, 'close', 'admin', { mode: 'manual' }, state.clock.now());
  },
};

const quoted = (statuses: readonly Status[]) => statuses.map((s) => `'${s}'`).join(', ');
// Written as the partial index complaints_escalation is, so SQLite can use it.
const SETTLED_SQL = quoted(STATUSES.filter((s) => !transitionFor('escalate', s)));
const AUTO_CLOSE_SQL = quoted(STATUSES.filter((s) => transitionFor('auto_close', s)));

/**
 * Fires every deadline the clock has passed, oldest first: auto-close when the auto-close
 * period after a follow-up has ended without a reply, escalation to Ombudsman RI when the
 * escalation period after submission has. Each fires at its own instant, so the timeline
 * reads as if time had really passed.
 */
export function fireDueTimers(state: State): number {
  const now = state.clock.now();
  let fired = 0;
  for (;;) {
    const next = state.db.get<{ tracking_id: string; at: number; kind: 'close' | 'escalate' }>(
      `SELECT tracking_id, at, kind FROM (
         SELECT tracking_id, auto_close_at AS at, 'close' AS kind FROM complaints
           WHERE auto_close_at IS NOT NULL AND auto_close_at <= ? AND status IN (${AUTO_CLOSE_SQL})
         UNION ALL
         SELECT tracking_id, escalation_at AS at, 'escalate' AS kind FROM complaints
           WHERE escalation_at <= ? AND status NOT IN (${SETTLED_SQL})
       ) ORDER BY at, kind LIMIT 1`,
      now,
      now,
    );
    if (!next) return fired;
    state.db.transaction(() => {
      const row = requireComplaint(state, next.tracking_id);
      if (next.kind === 'close') apply(state, row, 'auto_close', 'clock', { mode: 'auto' }, next.at);
      else apply(state, row, 'escalate', 'clock', { to: 'Ombudsman Republik Indonesia' }, next.at);
    });
    fired++;
  }
}
