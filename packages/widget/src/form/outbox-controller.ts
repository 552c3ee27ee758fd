// The outbox on the device: a report sent without a connection waits here, with its
// idempotency key, and goes when the connection returns (exactly one complaint results).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ComplaintCreated, ComplaintInput } from '@lapor/client/contract';
import type { LaporConnection } from '@lapor/client';
import { readJson, writeJson } from '../shared/storage.ts';

/** A report waiting on the device for the connection, with the idempotency key it keeps. */
export interface QueuedReport {
  idempotencyKey: string;
  input: ComplaintInput;
  /** Files kept on the device that go with it, uploaded before it is sent. */
  files?: string[] | undefined;
  remember: boolean;
  queuedAt: string;
}

export function loadOutbox(key: string): QueuedReport[] {
  const list = readJson<QueuedReport[]>(key);
  return Array.isArray(list) ? list : [];
}

export function saveOutbox(key: string, list: QueuedReport[]): void {
  writeJson(key, list.length ? list : undefined);
}

/**
 * Whether a failure is for want of a connection (the device is offline, or the client gave
 * up on the network or a timeout): what waits on the device to be tried again, rather than
 * being shown to the citizen as refused.
 */
export function lostConnection(error: unknown): boolean {
  return !navigator.onLine || /^Lapor(Network|Timeout)Error$/.test((error as Error).name);
}

/** What the outbox needs from the form. */
export interface OutboxHooks {
  /** The storage key (scoped to the endpoint and key). */
  key(): string;
  /** Whether there is somewhere to send to (an endpoint). */
  ready(): boolean;
  /** The connection to LAPOR! (loads the transport chunk). */
  client(): Promise<LaporConnection>;
  /** Says what the outbox is doing (sending, or waiting for the connection). */
  notice(state: 'sending' | 'offline'): void;
  sent(created: ComplaintCreated, report: QueuedReport): void;
  /** A queued report refused for good: the citizen still has the draft to fix. */
  failed(error: unknown): void;
  /** The connection returned (the form also retries waiting files then). */
  online?(): void;
}

/**
 * The outbox as a Lit reactive controller: sends what waits when the element connects and
 * whenever the connection returns. The sending itself is a chunk (`outbox.ts`): a form
 * whose reports go at once never loads it.
 */
export class OutboxController implements ReactiveController {
  #flushing = false;
  readonly hooks: OutboxHooks;

  constructor(host: ReactiveControllerHost, hooks: OutboxHooks) {
    this.hooks = hooks;
    host.addController(this);
  }

  #online = (): void => {
    void this.flush();
    this.hooks.online?.();
  };

  hostConnected(): void {
    addEventListener('online', this.#online);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.#online);
  }

  /** Whether the report with this idempotency key already waits here. */
  has(idempotencyKey: string | undefined): boolean {
    return loadOutbox(this.hooks.key()).some((report) => report.idempotencyKey === idempotencyKey);
  }

  /** Puts a report in the outbox (replacing an earlier copy of the same report). */
  add(report: QueuedReport): void {
    const key = this.hooks.key();
    saveOutbox(key, [...loadOutbox(key).filter((r) => r.idempotencyKey !== report.idempotencyKey), report]);
  }

  /** Sends what waits, oldest first; still offline (also right after a reload), says that it waits. */
  async flush(): Promise<void> {
    const key = this.hooks.key();
    if (!loadOutbox(key).length || !this.hooks.ready() || this.#flushing) return;
    this.hooks.notice(navigator.onLine ? 'sending' : 'offline');
    if (!navigator.onLine) return;
    this.#flushing = true;
    try {
      const [client, { sendOutbox }] = await Promise.all([this.hooks.client(), import('./outbox.ts')]);
      if (!(await sendOutbox(client, key, this.hooks.sent, this.hooks.failed))) this.hooks.notice('offline');
    } finally {
      this.#flushing = false;
    }
  }
}
