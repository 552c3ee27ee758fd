// The node-sync example against the sandbox: both sides must agree.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import { createClient } from '@lapor/client';
import type { ComplaintInput } from '@lapor/client/contract';
import { AgencyApp } from '../src/app.ts';

const report = (title: string): ComplaintInput => ({
  classification: 'complaint',
  title,
  body: 'Diterima lewat loket pengaduan kantor wali kota dan dicatat oleh petugas.',
  incidentDate: '2026-11-19',
  location: { regionCode: '52.71' },
  reporter: { name: 'Warga Ampenan', phone: '081234567890' },
});

let sandbox: Sandbox;
let dir: string;
before(async () => {
  sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off' });
  dir = await mkdtemp(join(tmpdir(), 'lapor-node-sync-'));
});
after(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

const admin = (path: string, body: unknown) =>
  fetch(`${sandbox.url}/_sandbox${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('node-sync example', () => {
  it('pushes, mirrors, follows up and receives verified webhooks, agreeing with LAPOR!', async () => {
    const file = join(dir, 'agency.db');
    let app = new AgencyApp({ endpoint: sandbox.url, secretKey: 'sk_test_sandbox', db: file });
    await app.listen();
    try {
      // Reports from the agency's own counter, pushed with their sourceRef (twice: no duplicate).
      const pushed = [await app.receive('LOKET-001', report('Saluran air tersumbat di Jl. Majapahit')), await app.receive('LOKET-002', report('Pohon tumbang menutup trotoar di Udayana'))];
      assert.equal(await app.receive('LOKET-001', report('Saluran air tersumbat di Jl. Majapahit')), pushed[0]);

      // Citizens also report on the agency's site.
      const citizen = createClient({ endpoint: sandbox.url, siteKey: 'pk_test_sandbox' });
      const online = await citizen.complaints.create(report('Lampu jalan padam di Jl. Pejanggik'));
      for (const id of [...pushed, online.trackingId]) await admin(`/complaints/${id}/forward`, { institutionId: 'pemkot-mataram' });

      assert.equal(await app.sync(), 3);
      await app.followUp(online.trackingId, 'Lampu sudah diganti oleh Dinas Perhubungan.');

      // Webhooks: every delivery was verified and recorded once each.
      const deadline = Date.now() + 10_000;
      let events: Array<{ type: string }> = [];
      while (Date.now() < deadline) {
        events = app.db.prepare('SELECT type FROM webhook_events').all() as Array<{ type: string }>;
        if (events.filter((e) => e.type === 'complaint.forwarded').length >= 3) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const deliveries = (await (await fetch(`${sandbox.url}/_sandbox/webhooks/deliveries`)).json()) as { data: Array<{ status: string; lastStatus: number | null }> };
      assert.ok(deliveries.data.some((d) => d.status === 'delivered'));
      assert.ok(events.filter((e) => e.type === 'complaint.forwarded').length >= 3, JSON.stringify(events));

      // Restart the app from its database: the checkpoint resumes the sync.
      await app.close();
      app = new AgencyApp({ endpoint: sandbox.url, secretKey: 'sk_test_sandbox', db: file });
      await app.listen();
      const changed = await app.sync();
      assert.ok(changed >= 1 && changed <= 3, `resumes from the checkpoint (${changed})`);

      // Both sides agree.
      const server = createClient({ endpoint: sandbox.url, secretKey: 'sk_test_sandbox' });
      const remote = await server.agency.complaints.list().toArray({ limit: 100 });
      const local = app.db.prepare('SELECT tracking_id, status, source_ref FROM mirror ORDER BY tracking_id').all() as Array<{ tracking_id: string; status: string; source_ref: string | null }>;
      assert.deepEqual(
        local.map((r) => [r.tracking_id, r.status, r.source_ref]),
        remote.map((c) => [c.trackingId, c.status, c.sourceRef ?? null]).sort(([a], [b]) => String(a).localeCompare(String(b))),
      );
      assert.equal(local.find((r) => r.tracking_id === online.trackingId)?.status, 'followed_up');
      assert.deepEqual(local.filter((r) => r.source_ref).map((r) => r.source_ref).sort(), ['LOKET-001', 'LOKET-002']);
    } finally {
      await app.close();
    }
  });
});
