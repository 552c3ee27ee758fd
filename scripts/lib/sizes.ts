// Bundle sizes as a browser pays them: one entry bundled with its dependencies by Rollup,
// minified with terser, gzip -9. Used by the budget test and by `npm run bench`.
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Size budgets in bytes of gzip, of what a browser loads at once (see {@link measure}). Only
 * deterministic figures like these may fail `npm test`.
 */
export const BUDGETS: ReadonlyArray<{ name: string; entry: string; code?: string; gzip: number }> = [
  {
    name: '@lapor/client, browser entry',
    entry: 'packages/client/src/browser.ts',
    // 17.4 KB: answers checked in browsers only for what a page reads, no dead list-query
    // schemas; the upload path (1.2 KB) loads with the first upload, the wording of validation
    // problems (2.1 KB, only the messages a citizen meets) with the first invalid input. ky is
    // 4.8 KB; zod/mini with the request and response schemas 8.4 KB; the client's own code the
    // rest, of which 0.4 KB are the calls one by one (`connect`, `createComplaint`, …), which a
    // bundle that imports only some of them does not carry.
    gzip: 18 * 1024,
  },
  {
    // The contract's index re-exports every module (routes, webhooks, visibility…): a page that
    // takes one schema from it must get that schema alone, not the tables and schemas a
    // module-level side effect would keep. 8.1 KB now, of which zod/mini is 4.7 KB.
    name: "@lapor/client/contract, the citizen's report schema alone",
    entry: 'packages/client/src/contract/index.ts',
    code: "import { complaintInput } from '@lapor/client/contract'; console.log(complaintInput);",
    gzip: 8.25 * 1024,
  },
];

/**
 * Budgets of the widget's CDN build: the entry renders the form's first section (14 KB);
 * everything loaded by the time a report is sent, the rest of the form, validation and
 * transport included (goal 34 KB; now 38.0 KB: validation travels in the transport chunk
 * rather than a fourth file, the error summary with the rest of the form, and the
 * personal-data note, "use my location" and the file list's setup are chunks loaded when used;
 * the transport chunk takes from the client only the calls the form makes before a report is
 * sent, the other elements' calls come in chunks of their own; the form's work split into short
 * tasks added 0.4 KB).
 */
export const CDN_BUDGETS = {
  entry: 14 * 1024,
  atSubmit: 38 * 1024,
} as const;

export interface CdnSizes {
  /** `lapor-widget.js`: what the agency's script tag loads. */
  entry: Size;
  /** The entry and every chunk the form loads before a report is sent (the rest of the form, validation and transport). */
  atSubmit: Size;
  /** The files counted in `atSubmit`, the entry first. */
  atSubmitFiles: string[];
  /** The source files with code in `atSubmitFiles`, relative to the repository root. */
  atSubmitModules: string[];
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
    const chunks = output.filter((file): file is OutputChunk => file.type === 'chunk');
    const files: Record<string, Size> = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, sizeOfChunk(chunk)]));
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    // Loaded before any report can be sent: validation and transport, and the rest of the form
    // (below its first section, which the entry renders).
    // Found by the module they hold: a chunk that also gives modules to its own lazy chunks
    // (the transport to the client's upload path) has no facade module.
    const needed = chunks.filter((chunk) => chunk.moduleIds.some((id) => /(shared\/transport|form\/more)\.ts$/.test(id)));
    // A chunk renamed or folded into the entry must not silently leave the count.
    if (needed.length !== 2) throw new Error(`expected the transport and the rest-of-form chunks, found ${needed.map((chunk) => chunk.fileName).join(', ') || 'neither'}`);
    const loaded = withStaticImports(chunks, [entry, ...needed]);
    const atSubmit = total([...loaded].map((name) => files[name]!));
    const relative = (id: string) => (id.startsWith(root) ? id.slice(root.length) : id);
    const entryModules = Object.keys(entry.modules).map(relative);
    const atSubmitModules = chunks
      .filter((chunk) => loaded.has(chunk.fileName))
      .flatMap((chunk) => Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0).map(([id]) => relative(id)));
    const lazyChunks = Object.fromEntries(chunks.filter((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId).map((chunk) => [relative(chunk.facadeModuleId!), chunk.fileName]));
    return { entry: files[entry.fileName]!, atSubmit, atSubmitFiles: [...loaded], atSubmitModules, files, entryModules, lazyChunks };
  } finally {
    process.chdir(previous);
  }
}

export interface Size {
  raw: number;
  gzip: number;
}

/** A bundle's size: what a browser loads at once, and what it loads only when needed. */
export interface BundleSize extends Size {
  /** The chunks loaded with `import()` when a call needs them (e.g. the upload path), together. */
  later: Size;
}

/**
 * Bundles `entry` (a file, or source text with `code`) for browsers and measures it: `raw` and
 * `gzip` are what loads at once (the entry chunk and the chunks it imports statically), `later`
 * the chunks loaded with `import()` when needed.
 */
export async function measure(entry: string, code?: string): Promise<BundleSize> {
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
  const chunks = output.filter((file): file is OutputChunk => file.type === 'chunk');
  const atOnce = withStaticImports(chunks, [chunks.find((chunk) => chunk.isEntry)!]);
  const sizeOf = (list: OutputChunk[]) => total(list.map(sizeOfChunk));
  return { ...sizeOf(chunks.filter((chunk) => atOnce.has(chunk.fileName))), later: sizeOf(chunks.filter((chunk) => !atOnce.has(chunk.fileName))) };
}

/** The file names of `start` and of every chunk they import statically, however deep. */
function withStaticImports(chunks: OutputChunk[], start: OutputChunk[]): Set<string> {
  const names = new Set<string>();
  const visit = (name: string) => {
    if (names.has(name)) return;
    names.add(name);
    for (const imported of chunks.find((chunk) => chunk.fileName === name)?.imports ?? []) visit(imported);
  };
  for (const chunk of start) visit(chunk.fileName);
  return names;
}

/** A chunk as a server sends it: a file of its own, compressed on its own. */
function sizeOfChunk(chunk: OutputChunk): Size {
  return { raw: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length };
}

function total(sizes: Size[]): Size {
  return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
