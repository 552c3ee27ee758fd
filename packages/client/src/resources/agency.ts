import type * as z from 'zod/mini';
import {
  STATUSES,
  agencyComplaint,
  agencyComplaintInput,
  agencyComplaintPage,
  complaintCreated,
  followUpInput,
  page,
  timelineEvent,
  timelineEventPage,
  trackingId as trackingIdSchema,
  validate,
  webhookEndpoint,
  webhookEndpointInput,
  type AgencyComplaint,
  type AgencyComplaintInput,
  type ComplaintCreated,
  type MessageOptions,
  type Status,
  type TimelineEvent,
  type WebhookEndpoint,
  type WebhookEndpointInput,
} from '../contract/index.ts';
import { LaporValidationError } from '../errors/index.ts';
import { Paginator } from '../pagination.ts';
import type { Transport } from '../transport/http.ts';
import type { CallOptions } from '../transport/options.ts';
import { messageBody, type MessageInput } from './complaints.ts';

/**
 * Validation with the contract, at once: `events()` refuses a malformed tracking ID when it is
 * called, not when its pages are read. (The agency routes run on servers, where the wording
 * of the problems is loaded anyway.)
 */
function checked<S extends z.ZodMiniType>(schema: S, input: unknown, messages: MessageOptions): z.output<S> {
  const result = validate(schema, input, messages);
  if (!result.success) throw new LaporValidationError(result.issues);
  return result.data;
}

/** Filter of `agency.complaints.list`. */
export interface AgencyListQuery {
  /** One status or several. */
  status?: Status | readonly Status[];
  /** Only complaints changed at or after this instant: a `Date` or ISO 8601 with offset. */
  updatedSince?: Date | string;
  /** Page size, 1–100. */
  limit?: number;
}

const endpointPage = /*#__PURE__*/ page(webhookEndpoint);

/** Complaints of the secret key's institution. */
export class AgencyComplaints {
  readonly #transport: Transport;
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  #trackingId(value: string): string {
    return checked(trackingIdSchema, value, this.#transport.messages);
  }

  /**
   * Complaints disposed to the institution or submitted by it through
   * {@link AgencyComplaints.create} (not those merely sent from its site), least recently
   * updated first: page through them, and keep the last `updatedAt` to sync incrementally.
   *
   * @example
   * ```ts
   * for await (const complaint of server.agency.complaints.list({ updatedSince: lastSync })) {
   *   await mirror(complaint);
   * }
   * ```
   */
  list(query: AgencyListQuery = {}, options: CallOptions = {}): Paginator<AgencyComplaint> {
    const statuses = query.status === undefined ? undefined : ([] as Status[]).concat(query.status as Status);
    for (const status of statuses ?? []) {
      if (!STATUSES.includes(status)) throw new RangeError(`unknown status "${status}"`);
    }
    const updatedSince = query.updatedSince instanceof Date ? query.updatedSince.toISOString() : query.updatedSince;
    return new Paginator((cursor) =>
      this.#transport.request({
        method: 'get',
        path: '/v1/agency/complaints',
        query: { status: statuses?.join(','), updatedSince, limit: query.limit, cursor },
        response: agencyComplaintPage,
        call: options,
      }),
    );
  }

  /**
   * Submits a report the institution received through its own channel, on the citizen's
   * behalf; `sourceRef` is the institution's own reference (unique per institution).
   *
   * @example
   * ```ts
   * await server.agency.complaints.create({ ...report, sourceRef: 'SIPP-2026-0042' });
   * ```
   */
  async create(input: AgencyComplaintInput, options: CallOptions = {}): Promise<ComplaintCreated> {
    const json = checked(agencyComplaintInput, input, this.#transport.messages);
    return this.#transport.request({ method: 'post', path: '/v1/agency/complaints', json, response: complaintCreated, call: options });
  }

  /**
   * The institution's view of a complaint disposed to it or submitted by it through
   * {@link AgencyComplaints.create}; the reporter's identity is withheld when anonymous.
   */
  async get(trackingId: string, options: CallOptions = {}): Promise<AgencyComplaint> {
    const id = this.#trackingId(trackingId);
    return this.#transport.request({ method: 'get', path: `/v1/agency/complaints/${id}`, response: agencyComplaint, call: options });
  }

  /**
   * The timeline of one of the institution's complaints (confidential ones too), oldest
   * first. The public timeline (`complaints.events`) never shows more to a secret key.
   *
   * @example
   * ```ts
   * for await (const event of server.agency.complaints.events('1916449')) console.log(event.type);
   * ```
   */
  events(trackingId: string, options: CallOptions = {}): Paginator<TimelineEvent> {
    const id = this.#trackingId(trackingId);
    return new Paginator((cursor) =>
      this.#transport.request({
        method: 'get',
        path: `/v1/agency/complaints/${id}/events`,
        query: { cursor },
        response: timelineEventPage,
        call: options,
      }),
    );
  }

  /**
   * Posts a follow-up (tindak lanjut) on a complaint forwarded to the institution.
   *
   * @example
   * ```ts
   * await server.agency.complaints.followUp('1916449', { body: 'Perbaikan dijadwalkan Senin.' });
   * ```
   */
  async followUp(trackingId: string, input: MessageInput, options: CallOptions = {}): Promise<TimelineEvent> {
    const id = this.#trackingId(trackingId);
    const json = checked(followUpInput, messageBody(input), this.#transport.messages);
    return this.#transport.request({ method: 'post', path: `/v1/agency/complaints/${id}/follow-ups`, json, response: timelineEvent, call: options });
  }
}

/** Webhook endpoints of the institution. */
export class AgencyWebhooks {
  readonly #transport: Transport;
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Registers an endpoint. The answer holds the signing `secret`, once: store it to verify
   * deliveries with `verifyWebhook`.
   *
   * @example
   * ```ts
   * const { secret } = await server.agency.webhooks.create({ url: 'https://sipp.example.go.id/hooks/lapor', events: ['*'] });
   * ```
   */
  async create(input: WebhookEndpointInput, options: CallOptions = {}): Promise<WebhookEndpoint> {
    const json = checked(webhookEndpointInput, input, this.#transport.messages);
    return this.#transport.request({ method: 'post', path: '/v1/agency/webhooks', json, response: webhookEndpoint, call: options });
  }

  /** The registered endpoints, without secrets. */
  async list(options: CallOptions = {}): Promise<WebhookEndpoint[]> {
    return (await this.#transport.request({ method: 'get', path: '/v1/agency/webhooks', response: endpointPage, call: options })).data;
  }

  /** Stops deliveries to an endpoint. */
  async delete(id: string, options: CallOptions = {}): Promise<void> {
    return this.#transport.request({ method: 'delete', path: `/v1/agency/webhooks/${encodeURIComponent(id)}`, response: null, call: options });
  }
}

/** What a secret key can do: the institution's complaints and webhooks. Server only. */
export class Agency {
  readonly complaints: AgencyComplaints;
  readonly webhooks: AgencyWebhooks;
  constructor(transport: Transport) {
    this.complaints = new AgencyComplaints(transport);
    this.webhooks = new AgencyWebhooks(transport);
  }
}

