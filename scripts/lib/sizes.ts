// Bundle sizes as a browser pays them: one entry bundled with its dependencies by Rollup,
// minified with terser, gzip -9. Used by the budget test and by `npm run bench`.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';

const root = new URL('../../', import.meta.url).pathname;

/** Size budgets in bytes of gzip. Only deterministic figures like these may fail `npm test`. */
export const BUDGETS = [
  {
    name: '@lapor/client, browser entry',
    entry: 'packages/client/src/browser.ts',
    // Goal: 18 KB. Now 19.4 KB: answers checked in browsers only for what a page reads, no
    // dead list-query schemas, and only the messages a citizen meets (the agency, webhook and
    // list-query ones are registered in Node); rating and recovery (a citizen's calls) added
    // 0.6 KB. ky is 4.8 KB; zod/mini with the request schemas 8.2 KB; validation with its
    // messages 2.1 KB; the client's own code the rest.
    gzip: 19.5 * 1024,
  },
] as const;

/**
 * Budgets of the widget's CDN build: the entry renders the form's first section (14 KB);
 * everything loaded by the time a report is sent, the rest of the form, validation and
 * transport included (goal 34 KB; now 38.5 KB: validation travels in the transport chunk
 * rather than a fourth file, the error summary with the rest of the form, and the
 * personal-data note, "use my location" and the file list's setup are chunks loaded when used).
 */
export const CDN_BUDGETS = {
  entry: 14 * 1024,
  atSubmit: 38.5 * 1024,
} as const;

export interface CdnSizes {
  /** `lapor-widget.js`: what the agency's script tag loads. */
  entry: Size;
  /** The entry and every chunk the form loads before a report is sent (the rest of the form, validation and transport). */
  atSubmit: Size;
  /** The files counted in `atSubmit`, the entry first. */
  atSubmitFiles: string[];
  files: Record<string, Size>;
  /** The source files bundled into the entry, relative to the repository root. */
  entryModules: string[];
  /** Each chunk loaded with `import()`, by the source file it starts from (relative to the root). */
  lazyChunks: Record<string, string>;
}

/** Builds the CDN bundle in memory and measures it as a citizen's phone downloads it. */
export async function measureCdn(): Promise<CdnSizes> {
  process.env.LAPOR_QUIET_BUILD = '1';
  // The shared rollup config names files relative to the repository root.
  const previous = process.cwd();
  process.chdir(root);
  try {
    const { cdnConfig } = (await import(`${root}rollup.config.js`)) as { cdnConfig: () => any };
    const config = cdnConfig();
    const bundle = await rollup({ ...config, onwarn: () => undefined });
    const { output } = await bundle.generate(config.output);
    await bundle.close();
    const chunks = output.filter((file): file is Extract<typeof file, { type: 'chunk' }> => file.type === 'chunk');
    const files: Record<string, Size> = {};
    for (const chunk of chunks) files[chunk.fileName] = { raw: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length };
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    // Loaded before any report can be sent: validation and transport, and the rest of the form
    // (below its first section, which the entry renders).
    const needed = chunks.filter((chunk) => /(shared\/transport|form\/more)\.ts$/.test(chunk.facadeModuleId ?? ''));
    // A chunk renamed or folded into the entry must not silently leave the count.
    if (needed.length !== 2) throw new Error(`expected the transport and the rest-of-form chunks, found ${needed.map((chunk) => chunk.fileName).join(', ') || 'neither'}`);
    const loaded = new Set<string>([entry.fileName]);
    const visit = (name: string, start = false) => {
      if (loaded.has(name) && !start) return;
      loaded.add(name);
      for (const imported of chunks.find((chunk) => chunk.fileName === name)?.imports ?? []) visit(imported);
    };
    for (const chunk of needed) visit(chunk.fileName, true);
    const atSubmit = [...loaded].reduce((sum, name) => ({ raw: sum.raw + files[name]!.raw, gzip: sum.gzip + files[name]!.gzip }), { raw: 0, gzip: 0 });
    const relative = (id: string) => (id.startsWith(root) ? id.slice(root.length) : id);
    const entryModules = Object.keys(entry.modules).map(relative);
    const lazyChunks = Object.fromEntries(chunks.filter((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId).map((chunk) => [relative(chunk.facadeModuleId!), chunk.fileName]));
    return { entry: files[entry.fileName]!, atSubmit, atSubmitFiles: [...loaded], files, entryModules, lazyChunks };
  } finally {
    process.chdir(previous);
  }
}

export interface Size {
  raw: number;
  gzip: number;
}

/** Bundles `entry` (a file, or source text with `code`) for browsers and measures it. */
export async function measure(entry: string, code?: string): Promise<Size> {
  // Source text is bundled as if it were a file of the client package, so its bare imports
  // resolve to the client's own dependencies.
  const virtual = `${root}packages/client/lapor-size-entry.js`;
  const bundle = await rollup({
    input: code === undefined ? `${root}${entry}` : virtual,
    plugins: [
      ...(code === undefined
        ? []
        : [{ name: 'entry', resolveId: (id: string) => (id === virtual ? id : null), load: (id: string) => (id === virtual ? code : null) }]),
      nodeResolve({ exportConditions: ['lapor-source', 'browser', 'import', 'default'], browser: true, rootDir: root }),
      esbuild({ target: 'es2022', tsconfig: `${root}tsconfig.base.json` }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [(terserPlugin as unknown as typeof terserPlugin.default)({ compress: { passes: 2 }, format: { comments: false } })] });
  await bundle.close();
  const text = output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
