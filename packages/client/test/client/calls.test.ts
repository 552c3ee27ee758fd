// The calls one by one, for a `connect`ion (what a bundle that imports only the calls it makes
// uses): the same option checks, validation, response checks, errors, retries and idempotency
// keys as the methods of `createClient`, against a real sandbox.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  LaporError,
  LaporHttpError,
  LaporValidationError,
  categoryTree,
  complaintEvents,
  connect,
  createClient,
  createComplaint,
  getComplaint,
  getInstitution,
  listCategories,
  replyToComplaint,
  searchInstitutions,
  searchRegions,
  uploadAttachment,
} from '@lapor/client';
import { losingFirstAnswer, report, useSandbox } from './sandbox.ts';

const sandbox = useSandbox();
const connection = () => connect({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox' });

describe('calls for a connection', () => {
  it('refuses the options createClient refuses', () => {
    assert.throws(() => connect({ endpoint: 'http://localhost:4010', siteKey: 'sk_test_sandbox' }), (e: unknown) => e instanceof LaporError && e.code === 'invalid_options');
    assert.throws(() => connect({ endpoint: '::', siteKey: 'pk_test_sandbox' }), (e: unknown) => e instanceof LaporError && e.code === 'invalid_options');
  });

  it('creates a report with one idempotency key across retries, and reads it back as the client does', async () => {
    const { fetch: losing, keys } = losingFirstAnswer();
    const flaky = connect({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox', fetch: losing });
    const before = (await sandbox.admin('/stats')).complaints;
    const created = await createComplaint(flaky, report(), { retry: { limit: 3, baseDelay: 1 } });
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.equal((await sandbox.admin('/stats')).complaints, before + 1, 'one report, not two');
    const view = await getComplaint(connection(), created.trackingId, { reporterToken: created.reporterToken });
    const same = await createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox' }).complaints.get(created.trackingId, { reporterToken: created.reporterToken });
    assert.deepEqual(view, same);
    // The methods are these calls: compare with what was sent, too.
    assert.equal(view.title, report().title);
    assert.equal(view.view, 'reporter');
    const events = await complaintEvents(connection(), created.trackingId, { reporterToken: created.reporterToken }).toArray({ limit: 10 });
    assert.equal(events[0]?.type, 'submitted');
  });

  it('validates before sending, in the connection’s language', async () => {
    let requests = 0;
    const counting = connect({
      endpoint: sandbox.current().url,
      siteKey: 'pk_test_sandbox',
      locale: 'en',
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const error = await createComplaint(counting, { ...report(), title: 'Ab' }).catch((e: unknown) => e);
    assert.ok(error instanceof LaporValidationError);
    assert.deepEqual(error.issues.map((i) => [i.path, i.code]), [['title', 'too_short']]);
    assert.match(error.issues[0]!.message, /at least 5/);
    await assert.rejects(getComplaint(counting, 'not-an-id'), (e: unknown) => e instanceof LaporValidationError && e.issues[0]!.code === 'invalid_tracking_id');
    await assert.rejects(
      replyToComplaint(counting, '1916449', { body: '' }, { reporterToken: 'x' }),
      (e: unknown) => e instanceof LaporValidationError && e.issues[0]!.path === 'body',
    );
    const empty = await uploadAttachment(counting, new Uint8Array(0), { filename: 'a.jpg' }).catch((e: unknown) => e);
    assert.ok(empty instanceof LaporValidationError && empty.issues[0]!.code === 'file_empty');
    assert.equal(requests, 0, 'no request was made');
  });

  it('searches the directory and uploads as the resources do', async () => {
    const lapor = createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox' });
    const regions = await searchRegions(connection(), { q: 'mataram', limit: 3 }).firstPage();
    assert.deepEqual(regions, await lapor.regions.search({ q: 'mataram', limit: 3 }).firstPage());
    // And with what the sandbox holds: Kota Mataram is 52.71.
    assert.ok(regions.data.some((region) => region.code === '52.71'), JSON.stringify(regions.data));
    const { data } = await searchInstitutions(connection(), { q: 'mataram', limit: 1 }).firstPage();
    assert.equal((await getInstitution(connection(), data[0]!.id)).id, data[0]!.id);
    assert.deepEqual(await listCategories(connection()), await lapor.categories.list());
    const tree = await categoryTree(connection());
    assert.deepEqual(tree, await lapor.categories.tree());
    assert.ok(tree.length > 0 && tree.some((topic) => topic.children.length > 0), 'topics with subtopics');
    const photo = await uploadAttachment(connection(), new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), { filename: 'surat.pdf', contentType: 'application/pdf' });
    assert.equal(photo.name, 'surat.pdf');
    await assert.rejects(getInstitution(connection(), 'no-such-institution'), (e: unknown) => e instanceof LaporHttpError && e.status === 404);
  });
});
