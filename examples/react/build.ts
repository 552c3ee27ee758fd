// Bundles the React example with esbuild (any standard bundler works the same way).
import { build } from 'esbuild';

export async function buildReactExample(outfile = new URL('./dist/app.js', import.meta.url).pathname): Promise<string> {
  await build({
    entryPoints: [new URL('./src/main.tsx', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    target: 'es2022',
    outfile,
    conditions: ['lapor-source', 'browser'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: new URL('../../tsconfig.base.json', import.meta.url).pathname,
    logLevel: 'silent',
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`built ${await buildReactExample()}`);
