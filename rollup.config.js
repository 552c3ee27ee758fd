// One build for every package: ESM (+ CommonJS where a package offers it) and bundled
// type declarations. `npm run build` builds all; `LAPOR_PACKAGES=client,sandbox` limits it.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/build/minify-templates.js';

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
  widget: {
    entries: { index: 'src/index.ts', define: 'src/define-elements.ts', react: 'src/react.ts' },
    cjs: false,
    platform: 'browser',
  },
};

/** Prints each file's gzip size and SRI hash, and records them in `integrity.json`. */
function integrity() {
  return {
    name: 'lapor-integrity',
    generateBundle(_options, bundle) {
      const files = {};
      for (const [name, file] of Object.entries(bundle)) {
        if (!name.endsWith('.js')) continue;
        const code = file.type === 'chunk' ? file.code : file.source;
        files[name] = {
          bytes: Buffer.byteLength(code),
          gzip: gzipSync(code, { level: 9 }).length,
          integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
        };
      }
      if (!process.env.LAPOR_QUIET_BUILD) {
        for (const [name, info] of Object.entries(files)) {
          console.log(`  cdn/${name.padEnd(34)} ${(info.gzip / 1024).toFixed(1).padStart(5)} KB gzip  ${info.integrity}`);
        }
      }
      this.emitFile({ type: 'asset', fileName: 'integrity.json', source: `${JSON.stringify(files, null, 2)}\n` });
    },
  };
}

/**
 * Marks the files every page with the form runs at once (the entry and the rest of the
 * form) for eager compilation: Chromium then compiles their functions on the thread that
 * streams them in, not lazily on the main thread while the form renders. After terser,
 * which drops comments.
 */
/** The rest of the form: loaded at once after the entry, under a name that does not change. */
const isFormMore = (chunk) => chunk.facadeModuleId?.endsWith('/form/more.ts') ?? false;

function compileHints() {
  return {
    name: 'lapor-compile-hints',
    renderChunk(code, chunk) {
      const atLoad = chunk.isEntry || isFormMore(chunk);
      return atLoad ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null;
    },
  };
}

/** The CDN build of the widget: one entry that renders the form, the rest as chunks beside it. */
export function cdnConfig() {
  return {
    input: { 'lapor-widget': 'packages/widget/src/cdn.ts' },
    plugins: [
      nodeResolve({ exportConditions: ['lapor-source', 'browser', 'import', 'default'], browser: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      minifyTemplates(),
    ],
    output: {
      dir: 'packages/widget/dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // The rest of the form has a name that does not change, so a page can preload it
      // with a fixed tag beside the script tag (docs: widget.md); the other chunks are
      // loaded when needed and keep their hashed names.
      chunkFileNames: (chunk) => (isFormMore(chunk) ? 'lapor-form-more.js' : '[name]-[hash].js'),
      plugins: [terser({ module: true, ecma: 2020, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false } }), compileHints(), integrity()],
    },
  };
}

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
      // `require()` of an ES-only dependency (ky) gives its namespace: take `default` from it
      // rather than treating the whole namespace as the default export.
      ...(format === 'cjs' ? { interop: 'compat' } : {}),
    })),
    // Rollup's default tree-shaking: `moduleSideEffects: false` once dropped a locale
    // imported for its effect. Nothing in the sources relies on a bare import now, and the
    // installed-package tests (scripts/test/installed.test.ts) check what dist/ keeps.
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

if (!only || only.includes('widget')) configs.push(cdnConfig());

export default configs;
