// One build for every package: ESM (+ CommonJS where a package offers it) and bundled
// type declarations. `npm run build` builds all; `LAPOR_PACKAGES=client,sandbox` limits it.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';

/** What each package publishes: entry name → source file; `cjs` adds a CommonJS copy. */
const PACKAGES = {
  client: {
    entries: {
      index: 'src/index.ts',
      contract: 'src/contract/index.ts',
      webhooks: 'src/webhooks/index.ts',
      server: 'src/server/index.ts',
      openapi: 'src/openapi/index.ts',
      browser: 'src/browser.ts',
      'locales/en': 'src/contract/locales/en.ts',
    },
    cjs: true,
    platform: 'neutral',
  },
  sandbox: {
    entries: { index: 'src/index.ts', cli: 'src/cli.ts' },
    cjs: false,
    platform: 'node',
  },
};

const only = process.env.LAPOR_PACKAGES?.split(',');

function external(pkg) {
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return (id) => builtins.has(id) || id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));
}

const configs = [];
for (const [name, spec] of Object.entries(PACKAGES)) {
  if (only && !only.includes(name)) continue;
  const dir = `packages/${name}`;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const input = Object.fromEntries(Object.entries(spec.entries).map(([entry, file]) => [entry, `${dir}/${file}`]));
  const formats = [{ format: 'es', ext: 'js' }, ...(spec.cjs ? [{ format: 'cjs', ext: 'cjs' }] : [])];
  configs.push({
    input,
    external: external(pkg),
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', platform: spec.platform })],
    output: formats.map(({ format, ext }) => ({
      dir: `${dir}/dist`,
      format,
      entryFileNames: `[name].${ext}`,
      chunkFileNames: `chunks/[name]-[hash].${ext}`,
      sourcemap: true,
      banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    })),
    treeshake: { moduleSideEffects: false },
  });
  for (const { format, ext } of formats) {
    configs.push({
      input,
      external: external(pkg),
      plugins: [dts({ tsconfig: 'tsconfig.base.json', compilerOptions: { noEmit: false } })],
      output: {
        dir: `${dir}/dist`,
        format: 'es',
        entryFileNames: `[name].d.${ext === 'cjs' ? 'cts' : 'ts'}`,
        chunkFileNames: `chunks/[name]-[hash].d.${ext === 'cjs' ? 'cts' : 'ts'}`,
      },
    });
  }
}

export default configs;
