import type { ValidationMessages } from '@lapor/client/contract';

/** The validation and transport chunk, loaded once. */
export type Transport = typeof import('./transport.ts');

let pending: Promise<Transport> | undefined;

/**
 * Validation messages of languages that arrive as chunks (English), by language. Registered
 * here rather than by the language's chunk itself: that chunk would then share the
 * contract's validation with the transport chunk, and the bundler would split it into one
 * more file that every form loads before a report is sent.
 */
const messages: Record<string, ValidationMessages> = {};

/**
 * Lets the browser handle input and paint before going on: `scheduler.yield()` where there
 * is one (the rest then runs before other queued tasks), else a new macrotask. Between
 * evaluating a chunk and rendering what it brings, so that neither makes one long task.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export function loadTransport(): Promise<Transport> {
  // The chunk's evaluation (the contract's schemas, the client) is one task; what the
  // elements then do with it (a client, strings, a render, a request) is the next one.
  pending ??= import('./transport.ts').then(async (t) => {
    await nextTask();
    for (const [locale, table] of Object.entries(messages)) t.registerLocale(locale, table);
    return t;
  });
  return pending;
}

/** Makes validation (and the client) answer in `locale`: at once if the transport chunk is there, else as it arrives. */
export function registerMessages(locale: string, table: ValidationMessages): void {
  messages[locale] = table;
  pending?.then(
    (t) => t.registerLocale(locale, table),
    () => undefined,
  );
}

/** Loads the chunk when the browser has nothing better to do. */
export function loadWhenIdle(): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(() => void loadTransport(), { timeout: 3000 });
  else setTimeout(() => void loadTransport(), 1500);
}
