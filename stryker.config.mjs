// Mutation testing of the lifecycle table and the contract's service levels, status groups
// and hold reasons: `npm run mutation` (not part of `npm test`; it takes minutes).
// In place, because the sandbox reads the contract through the workspace link, not from a
// copy; the command runner starts a fresh process per mutant, so mutants in module-level
// tables are tested like any other.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['packages/sandbox/src/domain/lifecycle.ts', 'packages/client/src/contract/lifecycle.ts'],
  testRunner: 'command',
  commandRunner: {
    command:
      'node --conditions=lapor-source --test --test-reporter=dot packages/sandbox/test/lifecycle-rules.test.ts packages/client/test/contract/lifecycle.test.ts scripts/test/lifecycle-docs.test.ts',
  },
  inPlace: true,
  coverageAnalysis: 'off',
  concurrency: 2,
  // A mutant that stops the clock's loop hangs its sandbox: give up on it soon.
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  cleanTempDir: 'always',
};
