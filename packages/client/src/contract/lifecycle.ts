import type { Status } from './complaints.ts';

/**
 * The service levels of SP4N-LAPOR!, defined once: the sandbox computes its deadlines
 * from them, the widget quotes them to citizens and the docs print them.
 *
 * Working days skip Saturdays, Sundays, Indonesian public holidays and the collective-leave
 * days (cuti bersama) of the year; escalation counts calendar days.
 *
 * @example
 * ```ts
 * import { SERVICE_LEVELS } from '@lapor/client/contract';
 * `Diverifikasi dalam ${SERVICE_LEVELS.verificationWorkingDays} hari kerja`;
 * ```
 */
export const SERVICE_LEVELS = {
  /** LAPOR! admins verify a new report and forward it within 3 working days of submission. */
  verificationWorkingDays: 3,
  /** The institution a report is forwarded to posts a follow-up within 5 working days. */
  followUpWorkingDays: 5,
  /** A followed-up report closes by itself after 10 working days without a reply. */
  autoCloseWorkingDays: 10,
  /** A report not settled 60 calendar days after submission goes to Ombudsman RI. */
  escalationCalendarDays: 60,
} as const;

/**
 * Why LAPOR! admins put a new report on hold (tunda), as stable codes. The reason is shown
 * to the reporter, who can then add information and attachments. The list is our reading
 * of LAPOR!'s admin practice (inferred): codes are stable, labels may be reworded.
 */
export const HOLD_REASON_CODES = ['incomplete_data', 'unclear_content', 'missing_evidence'] as const;

/** A stable code of {@link HOLD_REASON_CODES}. */
export type HoldReason = (typeof HOLD_REASON_CODES)[number];

/** How each hold reason is told to the reporter, in Bahasa Indonesia and English. */
export const HOLD_REASONS: Record<HoldReason, { id: string; en: string }> = {
  incomplete_data: { id: 'Data laporan belum lengkap', en: 'The report is missing information' },
  unclear_content: { id: 'Isi laporan kurang jelas', en: 'The report is unclear' },
  missing_evidence: { id: 'Bukti pendukung belum dilampirkan', en: 'Supporting evidence is missing' },
};

/**
 * The three groups lapor.go.id shows reports in: menunggu (waiting), diproses (in process),
 * selesai (done). The public list (`GET /v1/complaints?statusGroup=`) filters by them.
 */
export const STATUS_GROUPS = ['waiting', 'in_process', 'done'] as const;

/** One of {@link STATUS_GROUPS}. */
export type StatusGroup = (typeof STATUS_GROUPS)[number];

/** The labels of each {@link StatusGroup} as lapor.go.id words them, with English beside. */
export const STATUS_GROUP_LABELS: Record<StatusGroup, { id: string; en: string }> = {
  waiting: { id: 'Menunggu', en: 'Waiting' },
  in_process: { id: 'Diproses', en: 'In process' },
  done: { id: 'Selesai', en: 'Done' },
};

const GROUPS: Record<Status, StatusGroup> = {
  submitted: 'waiting',
  on_hold: 'waiting',
  forwarded: 'in_process',
  followed_up: 'in_process',
  closed: 'done',
  // Our decision (lapor.go.id's tabs do not show them): an archived report is handled no
  // further, so it is done; an escalated one is still being handled, by Ombudsman RI.
  archived: 'done',
  escalated: 'in_process',
};

/**
 * The public group of a status, or `undefined` for a status this client does not know yet.
 *
 * @example
 * ```ts
 * statusGroup('on_hold'); // 'waiting'
 * STATUS_GROUP_LABELS[statusGroup('followed_up')!].id; // 'Diproses'
 * ```
 */
export function statusGroup(status: string): StatusGroup | undefined {
  return Object.hasOwn(GROUPS, status) ? GROUPS[status as Status] : undefined;
}

/**
 * The statuses of a {@link StatusGroup}, the inverse of {@link statusGroup}.
 *
 * @example
 * ```ts
 * statusesInGroup('waiting'); // ['submitted', 'on_hold']
 * ```
 */
export function statusesInGroup(group: StatusGroup): Status[] {
  return (Object.keys(GROUPS) as Status[]).filter((status) => GROUPS[status] === group);
}
