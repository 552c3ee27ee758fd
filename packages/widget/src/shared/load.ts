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

export function loadTransport(): Promise<Transport> {
  pending ??= import('./transport.ts').then((t) => {
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
