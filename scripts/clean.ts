// Empties the build outputs, so that no file of an earlier build is packed or served.
import { rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
for (const dir of ['packages/client/dist', 'packages/sandbox/dist', 'packages/widget/dist', 'examples/react/dist']) {
  rmSync(`${root}${dir}`, { recursive: true, force: true });
}
