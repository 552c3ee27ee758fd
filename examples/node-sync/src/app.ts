// An agency's own complaint application (its own SQLite), integrated with LAPOR!:
// - reports received through the agency's own channel are pushed with a sourceRef;
// - LAPOR! complaints of the institution are mirrored incrementally (resumable);
// - webhook deliveries are verified and recorded once each;
// - follow-ups are posted from here.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';
import { createClient, type LaporClient } from '@lapor/client';
import type { AgencyComplaint, ComplaintInput } from '@lapor/client/contract';
import { verifyWebhook, WebhookVerificationError } from '@lapor/client/webhooks';

export interface AgencyAppOptions {
  endpoint: string;
  secretKey: string;
  /** The app's own database file (`:memory:` for a throwaway). */
  db: string;
}

export class AgencyApp {
  readonly db: DatabaseSync;
  readonly lapor: LaporClient;
  #server: Server | undefined;

  /** Signing secrets of the endpoints this app registered (several while rotating). */
  get webhookSecrets(): string[] {
    return (this.db.prepare('SELECT secret FROM webhook_secrets ORDER BY created_at DESC').all() as Array<{ secret: string }>).map((r) => r.secret);
  }

  constructor(options: AgencyAppOptions) {
    this.db = new DatabaseSync(options.db);
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      CREATE TABLE IF NOT EXISTS reports (
        source_ref TEXT PRIMARY KEY,       -- the agency's own number
        tracking_id TEXT UNIQUE,           -- LAPOR!'s, once pushed
        title TEXT NOT NULL,
        payload TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS mirror (
        tracking_id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        title TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        source_ref TEXT
      );
      CREATE TABLE IF NOT EXISTS checkpoint (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS webhook_secrets (secret TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS webhook_events (id TEXT PRIMARY KEY, type TEXT NOT NULL, tracking_id TEXT NOT NULL, received_at TEXT NOT NULL);
    `);
    this.lapor = createClient({ endpoint: options.endpoint, secretKey: options.secretKey });
  }

  /** Records a report from the agency's own channel, then pushes it; safe to call again after a crash. */
  async receive(sourceRef: string, report: ComplaintInput): Promise<string> {
    this.db.prepare('INSERT OR IGNORE INTO reports (source_ref, title, payload) VALUES (?, ?, ?)').run(sourceRef, report.title, JSON.stringify(report));
    return this.push(sourceRef);
  }

  /** Pushes one stored report. The sourceRef doubles as the idempotency key, so a retry after a crash cannot duplicate it. */
  async push(sourceRef: string): Promise<string> {
    const row = this.db.prepare('SELECT tracking_id, payload FROM reports WHERE source_ref = ?').get(sourceRef) as { tracking_id: string | null; payload: string };
    if (row.tracking_id) return row.tracking_id;
    const created = await this.lapor.agency.complaints.create(
      { ...(JSON.parse(row.payload) as ComplaintInput), sourceRef },
      { idempotencyKey: `push-${sourceRef}` },
    );
    this.db.prepare('UPDATE reports SET tracking_id = ? WHERE source_ref = ?').run(created.trackingId, sourceRef);
    return created.trackingId;
  }

  /** Mirrors what changed since the last sync; returns how many complaints were written. */
  async sync(): Promise<number> {
    const since = (this.db.prepare("SELECT value FROM checkpoint WHERE name = 'updatedSince'").get() as { value: string } | undefined)?.value;
    let written = 0;
    for await (const complaint of this.lapor.agency.complaints.list({ ...(since ? { updatedSince: since } : {}), limit: 50 })) {
      this.#mirror(complaint);
      // The checkpoint moves with each complaint: a crash resumes where it stopped.
      this.db.prepare("INSERT INTO checkpoint (name, value) VALUES ('updatedSince', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value").run(complaint.updatedAt);
      written++;
    }
    return written;
  }

  #mirror(complaint: AgencyComplaint): void {
    this.db
      .prepare(
        `INSERT INTO mirror (tracking_id, status, title, updated_at, source_ref) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(tracking_id) DO UPDATE SET status = excluded.status, title = excluded.title, updated_at = excluded.updated_at`,
      )
      .run(complaint.trackingId, complaint.status, complaint.title, complaint.updatedAt, complaint.sourceRef ?? null);
  }

  followUp(trackingId: string, body: string) {
    return this.lapor.agency.complaints.followUp(trackingId, { body });
  }

  /** Starts the webhook receiver and registers it with LAPOR!; resolves with its URL. */
  async listen(port = 0): Promise<string> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', async () => {
        try {
          const event = await verifyWebhook({ payload: Buffer.concat(chunks), headers: request.headers, secret: this.webhookSecrets });
          // At least once: the event id (also the webhook-id header) makes a repeat harmless.
          this.db.prepare('INSERT OR IGNORE INTO webhook_events (id, type, tracking_id, received_at) VALUES (?, ?, ?, ?)').run(event.id, event.type, event.data.trackingId, new Date().toISOString());
          response.writeHead(204).end();
        } catch (error) {
          response.writeHead(error instanceof WebhookVerificationError ? 400 : 500, { 'content-type': 'text/plain' }).end(error instanceof WebhookVerificationError ? error.reason : 'error');
        }
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(port, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/hooks/lapor`;
    const endpoint = await this.lapor.agency.webhooks.create({ url, events: ['*'], description: 'node-sync example' });
    // The secret is shown once: keep it with the app's data.
    this.db.prepare('INSERT OR IGNORE INTO webhook_secrets (secret, created_at) VALUES (?, ?)').run(endpoint.secret!, new Date().toISOString());
    return url;
  }

  async close(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (this.db.isOpen) this.db.close();
  }
}
