import * as z from 'zod/mini';
import { lenient, openEnum, page, reference } from './common.ts';
import { attachment } from './directory.ts';
import { STATUSES } from './complaints.ts';
import { HOLD_REASON_CODES } from './lifecycle.ts';

/** Kinds of timeline event; every status change is one, and so is every message. */
export const EVENT_TYPES = [
  'submitted',
  'forwarded',
  'held',
  'redirected',
  'archived',
  'followed_up',
  'reporter_replied',
  'closed',
  'escalated',
  'rated',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const base = {
  id: z.string(),
  trackingId: z.string(),
  at: z.string(),
  /** Status of the complaint after this event. */
  status: openEnum(STATUSES),
};

/*#__NO_SIDE_EFFECTS__*/
const event = <T extends EventType, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.looseObject({ ...base, type: z.literal(type), ...shape });

const message = { message: z.string(), attachments: z.array(attachment) };

/** The known timeline events, told apart by `type`. */
export const knownEvent = /*#__PURE__*/ z.discriminatedUnion('type', [
  event('submitted', {}),
  event('forwarded', { institution: reference }),
  event('held', {
    /** The reason in Bahasa Indonesia, as the reporter is told it. */
    reason: z.optional(z.nullable(z.string())),
    /** The stable code of the reason (see `HOLD_REASONS`), to word it in another language. */
    reasonCode: z.optional(openEnum(HOLD_REASON_CODES)),
    /** What the admin adds for this report, e.g. which data is missing. */
    note: z.optional(z.nullable(z.string())),
  }),
  event('redirected', { from: z.nullable(reference), institution: reference }),
  event('archived', { reason: z.string() }),
  event('followed_up', { institution: reference, ...message }),
  event('reporter_replied', message),
  event('closed', { mode: openEnum(['auto', 'manual']) }),
  event('escalated', { to: z.string() }),
  event('rated', { rating: z.number(), comment: z.optional(z.nullable(z.string())) }),
]);
export type KnownTimelineEvent = z.infer<typeof knownEvent>;

/** An event type this client does not know yet: kept, with its common fields. */
export const otherEvent = /*#__PURE__*/ z.looseObject({ ...base, type: z.string() as unknown as z.ZodMiniType<string & {}> });
export type OtherTimelineEvent = z.infer<typeof otherEvent>;

/** One entry of a complaint's timeline. Unknown future types parse as {@link OtherTimelineEvent}. */
export const timelineEvent = /*#__PURE__*/ lenient(z.union([knownEvent, otherEvent]));
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const timelineEventPage = /*#__PURE__*/ page(timelineEvent);

/**
 * Narrows a timeline event to the known types, with their own fields typed.
 *
 * @example
 * ```ts
 * if (isKnownEvent(event) && event.type === 'forwarded') console.log(event.institution.name);
 * ```
 */
export function isKnownEvent(event: TimelineEvent): event is KnownTimelineEvent {
  return knownEvent.safeParse(event).success;
}
