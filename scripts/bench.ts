// `npm run bench`: every package's benchmark, one after the other (they share the two
// cores of a small machine, so never in parallel). Prints figures; fails nothing.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const BENCHES = ['@lapor/sandbox', '@lapor/client', '@lapor/widget'];

for (const workspace of BENCHES) {
  console.log(`\n━━ ${workspace}`);
  const result = spawnSync('npm', ['run', 'bench', '--silent', '-w', workspace], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.log(`(${workspace} benchmark exited with ${result.status})`);
}
