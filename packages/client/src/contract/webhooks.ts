import * as z from 'zod/mini';
import { lenient, openEnum, plainCharacters } from './common.ts';
import { EVENT_TYPES, knownEvent, otherEvent } from './events.ts';
import { STATUSES } from './complaints.ts';

/** Webhook event types: `complaint.<timeline event type>`. */
export const WEBHOOK_EVENT_TYPES = /*#__PURE__*/ EVENT_TYPES.map((type) => `complaint.${type}` as const);
export type WebhookEventType = `complaint.${(typeof EVENT_TYPES)[number]}`;

/** `POST /v1/agency/webhooks`: where and which events to deliver; `*` for all. */
export const webhookEndpointInput = /*#__PURE__*/ (() =>
  z.strictObject({
    url: z.url({
      protocol: /^https?$/,
      error: 'invalid_url',
    }),
    events: z
      .array(z.enum(['*', ...WEBHOOK_EVENT_TYPES] as [string, ...string[]]))
      .check(z.minLength(1, { error: 'required' }), z.maxLength(WEBHOOK_EVENT_TYPES.length + 1)),
    description: z.optional(z.string().check(z.trim(), z.maxLength(200), plainCharacters)),
  }))();
export type WebhookEndpointInput = z.input<typeof webhookEndpointInput>;

/** A registered endpoint. `secret` is returned once, at creation. */
export const webhookEndpoint = /*#__PURE__*/ z.looseObject({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.optional(z.nullable(z.string())),
  createdAt: z.string(),
  /** Signing secret (`whsec_…`), only in the answer to the creation. */
  secret: z.optional(z.string()),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpoint>;

const payloadBase = {
  /** Unique per event (`evt_…`): deliveries are at least once, deduplicate on it. */
  id: z.string(),
  createdAt: z.string(),
  institutionId: z.string(),
};

const dataBase = { trackingId: z.string(), status: openEnum(STATUSES) };

/** The JSON body of a webhook delivery. */
export const webhookEvent = /*#__PURE__*/ lenient(
  z.union([
    z.looseObject({
      ...payloadBase,
      type: z.enum(WEBHOOK_EVENT_TYPES as [WebhookEventType, ...WebhookEventType[]]),
      data: z.looseObject({ ...dataBase, event: knownEvent }),
    }),
    z.looseObject({
      ...payloadBase,
      type: z.string() as unknown as z.ZodMiniType<string & {}>,
      data: z.looseObject({ ...dataBase, event: otherEvent }),
    }),
  ]),
);
export type WebhookEvent = z.infer<typeof webhookEvent>;

