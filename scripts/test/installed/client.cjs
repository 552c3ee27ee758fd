// Run by installed.test.ts in the consumer project: what an older CommonJS integrator sees.
// Prints one JSON object of what it observed; the test asserts on it.
const { createClient, LaporValidationError } = require('@lapor/client');
const { trackingId } = require('@lapor/client/contract');

const endpoint = process.env.LAPOR_ENDPOINT;
const report = JSON.parse(process.env.LAPOR_REPORT);

async function message(locale) {
  try {
    await createClient({ endpoint, siteKey: 'pk_test_sandbox', locale }).complaints.create({ ...report, title: 'Abc' });
    return 'no error';
  } catch (error) {
    return error instanceof LaporValidationError ? error.issues[0].message : `unexpected ${error}`;
  }
}

(async () => {
  const lapor = createClient({ endpoint, siteKey: 'pk_test_sandbox' });
  const created = await lapor.complaints.create(report);
  const view = await lapor.complaints.get(created.trackingId, { reporterToken: created.reporterToken });
  const items = await lapor.institutions.search({ limit: 2 }).toArray({ limit: 3 });
  const out = {
    resolved: require.resolve('@lapor/client'),
    created: { trackingId: created.trackingId, read: view.trackingId, view: view.view, validId: trackingId.safeParse(created.trackingId).success },
    paged: new Set(items.map((institution) => institution.id)).size,
    validation: { id: await message(undefined), en: await message('en') },
  };
  process.stdout.write(JSON.stringify(out));
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
