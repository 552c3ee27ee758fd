// The e-mails and SMS LAPOR! sends the reporter at each step, as the sandbox would send
// them: written from the timeline on request (`GET /_sandbox/notifications`), so they
// can never disagree with it and need no table of their own. Messages that are no step of
// the timeline (one-time access codes, recovery.ts) are kept in memory only, so that no
// code is ever readable on disk. Nothing leaves the machine.
import { SERVICE_LEVELS, type EventType } from '@lapor/client/contract';
import { wibDateTime } from './calendar.ts';
import type { State } from './state.ts';
import { randomId } from './tokens.ts';

/** One message to the reporter. */
export interface Notification {
  id: string;
  /** The timeline event the message tells of; null for a message that is no step (an access code). */
  eventId: string | null;
  trackingId: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string | null;
  text: string;
  at: string;
}

interface Row {
  id: string;
  tracking_id: string;
  type: EventType;
  at: number;
  data: string;
  title: string;
  reporter_email: string | null;
  reporter_phone: string | null;
}

interface Data {
  institution?: { name: string };
  message?: string;
  reason?: string | null;
  note?: string | null;
  mode?: string;
}

/** The steps a reporter is told about: subject, e-mail text and the shorter SMS. */
const MESSAGES: Partial<Record<EventType, (id: string, title: string, d: Data) => { subject: string; email: string; sms: string }>> = {
  forwarded: (id, title, d) => ({
    subject: `Laporan #${id} diteruskan ke ${d.institution?.name}`,
    email:
      `Laporan Anda "${title}" sudah diverifikasi admin LAPOR! dan diteruskan ke ${d.institution?.name}. ` +
      `Instansi menindaklanjutinya dalam ${SERVICE_LEVELS.followUpWorkingDays} hari kerja.`,
    sms: `LAPOR! #${id} diverifikasi dan diteruskan ke ${d.institution?.name}.`,
  }),
  followed_up: (id, title, d) => ({
    subject: `Tindak lanjut laporan #${id}`,
    email:
      `${d.institution?.name} menindaklanjuti laporan Anda "${title}":\n\n${d.message}\n\n` +
      `Tanggapi dalam ${SERVICE_LEVELS.autoCloseWorkingDays} hari kerja bila belum selesai; tanpa tanggapan laporan selesai dengan sendirinya.`,
    sms: `LAPOR! #${id} ditindaklanjuti ${d.institution?.name}. Cek dan tanggapi di halaman laporan Anda.`,
  }),
  held: (id, title, d) => ({
    subject: `Laporan #${id} ditunda: ${d.reason}`,
    email:
      `Laporan Anda "${title}" ditunda oleh admin LAPOR!: ${d.reason}.${d.note ? ` ${d.note}` : ''}\n\n` +
      'Lengkapi laporan dengan mengirim tanggapan dan lampiran di halaman laporan Anda.',
    sms: `LAPOR! #${id} ditunda: ${d.reason}. Lengkapi lewat halaman laporan Anda.`,
  }),
  closed: (id, title) => ({
    subject: `Laporan #${id} selesai`,
    email: `Laporan Anda "${title}" telah selesai. Terima kasih telah menyampaikan laporan melalui LAPOR!.`,
    sms: `LAPOR! #${id} selesai. Terima kasih.`,
  }),
  escalated: (id, title) => ({
    subject: `Laporan #${id} dilimpahkan ke Ombudsman RI`,
    email:
      `Laporan Anda "${title}" belum selesai dalam ${SERVICE_LEVELS.escalationCalendarDays} hari ` +
      'dan dilimpahkan ke Ombudsman Republik Indonesia, yang akan menanganinya.',
    sms: `LAPOR! #${id} dilimpahkan ke Ombudsman RI.`,
  }),
};

/** A message sent outside the timeline. */
export type Message = Pick<Notification, 'trackingId' | 'channel' | 'to' | 'subject' | 'text'>;

/** Messages outside the timeline, per database, newest last; at most MAILBOX_MAX kept. */
const mailboxes = new WeakMap<object, Array<Notification & { atMs: number }>>();
const MAILBOX_MAX = 500;

/** Puts a message outside the timeline in the local mailbox (in memory). */
export function sendMessage(state: State, message: Message): void {
  let mailbox = mailboxes.get(state.db);
  if (!mailbox) mailboxes.set(state.db, (mailbox = []));
  const atMs = state.clock.now();
  mailbox.push({ id: randomId('msg', 9), eventId: null, ...message, at: wibDateTime(atMs), atMs });
  if (mailbox.length > MAILBOX_MAX) mailbox.splice(0, mailbox.length - MAILBOX_MAX);
}

const TYPES = Object.keys(MESSAGES).map((type) => `'${type}'`).join(', ');

/** The latest notifications, newest first, optionally of one report; `limit` counts steps and messages. */
export function listNotifications(state: State, filter: { trackingId?: string | undefined; limit: number }): { data: Notification[] } {
  const rows = state.db.all<Row>(
    `SELECT e.id, e.tracking_id, e.type, e.at, e.data, c.title, c.reporter_email, c.reporter_phone
     FROM events e JOIN complaints c ON c.tracking_id = e.tracking_id
     WHERE e.type IN (${TYPES}) AND (?1 IS NULL OR e.tracking_id = ?1)
     ORDER BY e.seq DESC LIMIT ?2`,
    filter.trackingId ?? null,
    filter.limit,
  );
  const steps: Array<{ atMs: number; notifications: Notification[] }> = [];
  for (const row of rows) {
    const message = MESSAGES[row.type]!(row.tracking_id, row.title, JSON.parse(row.data) as Data);
    const common = { eventId: row.id, trackingId: row.tracking_id, at: wibDateTime(row.at) };
    const notifications: Notification[] = [];
    if (row.reporter_email) notifications.push({ id: `${row.id}.email`, ...common, channel: 'email', to: row.reporter_email, subject: message.subject, text: message.email });
    if (row.reporter_phone) notifications.push({ id: `${row.id}.sms`, ...common, channel: 'sms', to: row.reporter_phone, subject: null, text: message.sms });
    steps.push({ atMs: row.at, notifications });
  }
  for (const { atMs, ...message } of mailboxes.get(state.db) ?? []) {
    if (filter.trackingId === undefined || message.trackingId === filter.trackingId) steps.push({ atMs, notifications: [message] });
  }
  // Newest first; the sort is stable, so a step keeps its place among messages of the same instant.
  steps.sort((a, b) => b.atMs - a.atMs);
  return { data: steps.slice(0, filter.limit).flatMap((step) => step.notifications) };
}
