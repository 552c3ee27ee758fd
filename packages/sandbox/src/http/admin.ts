// `/_sandbox`: what only a sandbox has. LAPOR! admin actions, the clock, faults, keys,
// stats and the webhook delivery log. No key needed: never expose a sandbox publicly.
import * as z from 'zod/mini';
import { HOLD_REASON_CODES, LIMITS, id, text, validate, type HoldReason } from '@lapor/client/contract';
import { admin, fireDueTimers } from '../domain/lifecycle.ts';
import { listEvents } from '../domain/queries.ts';
import { findComplaint } from '../domain/rows.ts';
import { protect, type ProtectionFlags } from '../domain/flags.ts';
import { adminView } from '../domain/views.ts';
import { ClockError } from '../domain/clock.ts';
import { DAY_MS, wibDateTime } from '../domain/calendar.ts';
import type { State } from '../domain/state.ts';
import { newSecret } from '../domain/tokens.ts';
import { listNotifications } from '../domain/notifications.ts';
import { listDeliveries } from '../domain/webhooks.ts';
import { FaultSpecError, formatFaults, parseFaults, type FaultSpec } from './faults.ts';
import { NO_SUCH_REPORT, ProblemError } from './problem.ts';

const reason = text(3, LIMITS.reasonMax);

const flags = { anonymous: z.optional(z.boolean()), confidential: z.optional(z.boolean()) };

const schemas = {
  forward: z.strictObject({ institutionId: id, ...flags }),
  flags: z.strictObject(flags),
  redirect: z.strictObject({ institutionId: id }),
  // A reason from LAPOR!'s list, shown to the reporter, and optionally a note for this report.
  hold: z.strictObject({ reason: z.enum(HOLD_REASON_CODES), note: z.optional(reason) }),
  archive: z.strictObject({ reason }),
  close: z.strictObject({}),
  'follow-up': z.strictObject({ body: text(LIMITS.followUpMin, LIMITS.followUpMax) }),
  clock: z.strictObject({
    advanceDays: z.optional(z.number().check(z.gte(0), z.lte(3650))),
    advanceHours: z.optional(z.number().check(z.gte(0), z.lte(87600))),
  }),
  faults: z.strictObject({ spec: z.string().check(z.maxLength(200)), seed: z.optional(z.number().check(z.int())) }),
  keys: z.strictObject({
    kind: z.enum(['publishable', 'secret']),
    institutionId: z.optional(id),
    origins: z.optional(z.array(z.string().check(z.regex(/^https?:\/\/[^\s/]+$/))).check(z.maxLength(20))),
  }),
  complaints: z.strictObject({ limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))) }),
  deliveries: z.strictObject({
    endpointId: z.optional(z.string()),
    eventId: z.optional(z.string()),
    status: z.optional(z.enum(['pending', 'delivered', 'failed'])),
  }),
  notifications: z.strictObject({
    trackingId: z.optional(z.string().check(z.regex(/^\d{5,12}$/, { error: 'invalid_tracking_id' }))),
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(500))),
  }),
  trackingId: z.strictObject({ trackingId: z.string().check(z.regex(/^\d{5,12}$/, { error: 'invalid_tracking_id' })) }),
};

export interface AdminContext {
  state: State;
  faults: { get(): FaultSpec; set(spec: FaultSpec, seed?: number): void };
  saveClock(): void;
  invalidateKeys(): void;
  locale: string | undefined;
}

function parse<S extends z.ZodMiniType>(schema: S, input: unknown, locale: string | undefined): z.output<S> {
  const result = validate(schema, input, { locale });
  if (!result.success) throw new ProblemError('validation_failed', { errors: result.issues });
  return result.data;
}

/** Handles a `/_sandbox` request; `undefined` when no such route exists. */
export async function handleAdmin(
  ctx: AdminContext,
  method: string,
  path: string,
  query: Record<string, string>,
  body: () => unknown,
): Promise<{ status: number; body?: unknown } | undefined> {
  const { state } = ctx;
  const read = /^\/_sandbox\/complaints\/([^/]+)(\/events)?$/.exec(path);
  if (read && method === 'GET') {
    // LAPOR! admins' projection: the visibility table's `admin` row, everything.
    const { trackingId } = parse(schemas.trackingId, { trackingId: read[1] }, ctx.locale);
    const row = findComplaint(state, trackingId);
    if (!row) throw new ProblemError('not_found', { detail: NO_SUCH_REPORT });
    if (read[2]) return { status: 200, body: listEvents(state, trackingId, undefined, 500) };
    return { status: 200, body: adminView(state, row) };
  }
  const flagged = /^\/_sandbox\/complaints\/([^/]+)\/flags$/.exec(path);
  if (flagged && method === 'POST') {
    const { trackingId } = parse(schemas.trackingId, { trackingId: flagged[1] }, ctx.locale);
    const input = parse(schemas.flags, body() ?? {}, ctx.locale);
    const result = await state.db.durable(() => protect(state, trackingId, input));
    return { status: 200, body: { trackingId, ...result } };
  }
  const action = /^\/_sandbox\/complaints\/([^/]+)\/(forward|hold|redirect|archive|close|follow-up)$/.exec(path);
  if (action && method === 'POST') {
    const { trackingId } = parse(schemas.trackingId, { trackingId: action[1] }, ctx.locale);
    const name = action[2] as 'forward' | 'hold' | 'redirect' | 'archive' | 'close' | 'follow-up';
    const input = parse(schemas[name], body() ?? {}, ctx.locale) as Record<string, string | undefined> & ProtectionFlags;
    const event = await state.db.durable(() => {
      switch (name) {
        case 'forward':
          // Flags set with the disposition apply before anyone outside LAPOR! can read the report.
          if (input.anonymous !== undefined || input.confidential !== undefined) protect(state, trackingId, input);
          return admin.forward(state, trackingId, input.institutionId!);
        case 'redirect':
          return admin.redirect(state, trackingId, input.institutionId!);
        case 'hold':
          return admin.hold(state, trackingId, input.reason as HoldReason, input.note);
        case 'archive':
          return admin.archive(state, trackingId, input.reason!);
        case 'close':
          return admin.close(state, trackingId);
        case 'follow-up':
          return admin.followUpAsInstitution(state, trackingId, input.body!);
      }
    });
    return { status: 201, body: event };
  }

  switch (`${method} ${path}`) {
    case 'GET /_sandbox':
      return {
        status: 200,
        body: {
          routes: [
            'GET /_sandbox/complaints/{trackingId} (the admin view: everything)',
            'GET /_sandbox/complaints/{trackingId}/events',
            'POST /_sandbox/complaints/{trackingId}/forward {institutionId, anonymous?, confidential?}',
            'POST /_sandbox/complaints/{trackingId}/flags {anonymous?, confidential?} (during verification; adds protection only)',
            `POST /_sandbox/complaints/{trackingId}/hold {reason: ${HOLD_REASON_CODES.join(' | ')}, note?}`,
            'POST /_sandbox/complaints/{trackingId}/redirect {institutionId}',
            'POST /_sandbox/complaints/{trackingId}/archive {reason}',
            'POST /_sandbox/complaints/{trackingId}/close',
            'POST /_sandbox/complaints/{trackingId}/follow-up {body} (as the institution it was forwarded to)',
            'GET /_sandbox/complaints?limit=',
            'GET /_sandbox/clock',
            'POST /_sandbox/clock {advanceDays?, advanceHours?}',
            'GET /_sandbox/faults',
            'POST /_sandbox/faults {spec, seed?}',
            'POST /_sandbox/keys {kind, institutionId?, origins?}',
            'GET /_sandbox/stats',
            'GET /_sandbox/webhooks/deliveries?endpointId=&eventId=&status=',
            'GET /_sandbox/notifications?trackingId=&limit=',
          ],
        },
      };
    case 'GET /_sandbox/health':
      return { status: 200, body: { ok: true } };
    case 'GET /_sandbox/complaints': {
      const { limit = 50 } = parse(schemas.complaints, query, ctx.locale);
      const rows = state.db.all<Record<string, unknown>>(
        `SELECT tracking_id AS trackingId, classification, title, status, confidential, anonymous,
                institution_id AS institutionId, suggested_institution_id AS suggestedInstitutionId,
                created_at AS createdAt, updated_at AS updatedAt
         FROM complaints ORDER BY created_at DESC, tracking_id DESC LIMIT ?`,
        limit,
      );
      return {
        status: 200,
        body: {
          data: rows.map((row) => ({
            ...row,
            confidential: row.confidential === 1,
            anonymous: row.anonymous === 1,
            createdAt: wibDateTime(row.createdAt as number),
            updatedAt: wibDateTime(row.updatedAt as number),
          })),
        },
      };
    }
    case 'GET /_sandbox/clock':
      return { status: 200, body: clockView(state) };
    case 'POST /_sandbox/clock': {
      const input = parse(schemas.clock, body() ?? {}, ctx.locale);
      const ms = (input.advanceDays ?? 0) * DAY_MS + (input.advanceHours ?? 0) * 3600_000;
      try {
        state.clock.advance(ms);
      } catch (error) {
        if (error instanceof ClockError) throw new ProblemError('forbidden', { detail: { id: error.id, en: error.message } });
        throw error;
      }
      ctx.saveClock();
      const fired = fireDueTimers(state);
      return { status: 200, body: { ...clockView(state), timersFired: fired } };
    }
    case 'GET /_sandbox/faults':
      return { status: 200, body: { spec: formatFaults(ctx.faults.get()) } };
    case 'POST /_sandbox/faults': {
      const input = parse(schemas.faults, body() ?? {}, ctx.locale);
      try {
        ctx.faults.set(parseFaults(input.spec), input.seed);
      } catch (error) {
        if (error instanceof FaultSpecError) {
          throw new ProblemError('validation_failed', { errors: [{ path: 'spec', code: 'invalid_format', message: { id: error.id, en: error.message } }] });
        }
        throw error;
      }
      return { status: 200, body: { spec: formatFaults(ctx.faults.get()) } };
    }
    case 'POST /_sandbox/keys': {
      const input = parse(schemas.keys, body() ?? {}, ctx.locale);
      if (input.kind === 'secret' && !input.institutionId) {
        throw new ProblemError('validation_failed', {
          errors: [{ path: 'institutionId', code: 'required', message: { id: 'Kunci rahasia memerlukan institutionId.', en: 'A secret key needs an institutionId.' } }],
        });
      }
      if (input.institutionId && !state.db.get('SELECT 1 AS x FROM institutions WHERE id = ?', input.institutionId)) {
        throw new ProblemError('validation_failed', {
          errors: [{ path: 'institutionId', code: 'invalid_id', message: { id: `Instansi "${input.institutionId}" tidak ditemukan.`, en: `Institution "${input.institutionId}" was not found.` } }],
        });
      }
      const key = `${input.kind === 'secret' ? 'sk' : 'pk'}_test_${newSecret(12)}`;
      const origins = input.kind === 'publishable' ? (input.origins ?? ['http://localhost:*', 'http://127.0.0.1:*']) : [];
      state.db.run(
        'INSERT INTO api_keys (key, kind, institution_id, origins, created_at) VALUES (?, ?, ?, ?, ?)',
        key,
        input.kind,
        input.institutionId ?? null,
        JSON.stringify(origins),
        state.clock.now(),
      );
      ctx.invalidateKeys();
      return { status: 201, body: { key, kind: input.kind, institutionId: input.institutionId ?? null, origins } };
    }
    case 'GET /_sandbox/stats': {
      const count = (sql: string) => Number(state.db.get<{ n: number }>(sql)!.n);
      const byStatus = Object.fromEntries(
        state.db.all<{ status: string; n: number }>('SELECT status, COUNT(*) AS n FROM complaints GROUP BY status').map((r) => [r.status, r.n]),
      );
      return {
        status: 200,
        body: {
          complaints: count('SELECT COUNT(*) AS n FROM complaints'),
          complaintsByStatus: byStatus,
          attachments: count('SELECT COUNT(*) AS n FROM attachments'),
          events: count('SELECT COUNT(*) AS n FROM events'),
          webhookEndpoints: count('SELECT COUNT(*) AS n FROM webhook_endpoints WHERE deleted_at IS NULL'),
          webhookDeliveries: count('SELECT COUNT(*) AS n FROM webhook_deliveries'),
          webhookDeliveriesPending: count("SELECT COUNT(*) AS n FROM webhook_deliveries WHERE status = 'pending'"),
          regions: count('SELECT COUNT(*) AS n FROM regions'),
          institutions: count('SELECT COUNT(*) AS n FROM institutions'),
        },
      };
    }
    case 'GET /_sandbox/notifications': {
      // The reporter's mailbox: the e-mails and SMS LAPOR! would have sent, newest first.
      const input = parse(schemas.notifications, query, ctx.locale);
      return { status: 200, body: listNotifications(state, { trackingId: input.trackingId, limit: input.limit ?? 100 }) };
    }
    case 'GET /_sandbox/webhooks/deliveries':
      return { status: 200, body: listDeliveries(state, parse(schemas.deliveries, query, ctx.locale)) };
  }
  return undefined;
}

function clockView(state: State) {
  return { mode: state.clock.mode, now: wibDateTime(state.clock.now()), offsetMs: state.clock.offset };
}

