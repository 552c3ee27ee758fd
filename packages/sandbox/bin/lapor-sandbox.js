#!/usr/bin/env node
// The `lapor-sandbox` command. It lives in the source tree, not in dist/, so that npm links
// it at install time in a checkout too (npm links a bin only if its file exists then, and
// a build would drop the run bit again); it runs the built command line.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    [
      'lapor-sandbox: the sandbox is not built yet (dist/cli.js is missing).',
      '  In a checkout of the repository, run `npm run build` at its root, then try again.',
      '  Sandbox belum dibangun: jalankan `npm run build` di akar repositori, lalu coba lagi.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
await import(cli.href);
