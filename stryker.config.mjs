// Mutation testing of the lifecycle table and the contract's service levels, status groups
// and hold reasons: `npm run mutation` (not part of `npm test`; it takes minutes).
// In place, because the sandbox reads the contract through the workspace link, not from a
// copy; the command runner starts a fresh process per mutant, so mutants in module-level
// tables are tested like any other.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The numbers and the transitions: the table, how due dates follow from it, the statuses
  // the clock acts on; the service levels and status groups of the contract. (Wording and
  // the admin wrappers are pinned by the same tests, but left out to keep the run short.)
  mutate: [
    'packages/sandbox/src/domain/lifecycle.ts:82-211',
    'packages/sandbox/src/domain/lifecycle.ts:253-311',
    'packages/sandbox/src/domain/lifecycle.ts:519-522',
    'packages/client/src/contract/lifecycle.ts:16-25',
    'packages/client/src/contract/lifecycle.ts:57-80',
  ],
  testRunner: 'command',
  commandRunner: {
    command:
      'node --conditions=lapor-source --test --test-reporter=dot packages/sandbox/test/lifecycle-rules.test.ts packages/sandbox/test/rating.test.ts packages/client/test/contract/lifecycle.test.ts scripts/test/lifecycle-docs.test.ts',
  },
  inPlace: true,
  coverageAnalysis: 'off',
  concurrency: 2,
  // Generous: on a busy machine a normal run can take twice its dry-run time, and a slow
  // run must not pass for a hang (Stryker counts timeouts as detected).
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  cleanTempDir: 'always',
};
