/** The validation and transport chunk, loaded once. */
export type Transport = typeof import('./transport.ts');

let pending: Promise<Transport> | undefined;

export function loadTransport(): Promise<Transport> {
  pending ??= import('./transport.ts');
  return pending;
}

/** Loads the chunk when the browser has nothing better to do. */
export function loadWhenIdle(): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(() => void loadTransport(), { timeout: 3000 });
  else setTimeout(() => void loadTransport(), 1500);
}
