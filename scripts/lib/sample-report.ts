// The one sample complaint that tests and benchmarks submit, so that they all exercise the
// same valid input; a test that needs a variation spreads it. It lives with the sandbox,
// whose `trigger` command files it too.
export { sampleReport } from '../../packages/sandbox/src/seed/sample.ts';
