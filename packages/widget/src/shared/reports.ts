import { readJson, writeJson } from './storage.ts';

/**
 * A report the citizen chose to keep on this device, with the token that opens it (and
 * lets whoever holds it reply): kept until `keepUntil`, then forgotten.
 */
export interface RememberedReport {
  trackingId: string;
  reporterToken: string;
  title: string;
  createdAt: string;
  /** Epoch milliseconds after which the device forgets it. */
  keepUntil: number;
}

const key = (endpoint: string) => `lapor:reports:${endpoint}`;

/** Reports kept on this device for an endpoint, newest first; those past their time are removed. */
export function rememberedReports(endpoint: string): RememberedReport[] {
  const list = readJson<RememberedReport[]>(key(endpoint));
  if (!Array.isArray(list)) return [];
  // Kept before reports had an end (no `keepUntil`): forgotten now, as the token is the secret.
  const fresh = list.filter((report) => report.keepUntil > Date.now());
  if (fresh.length < list.length) writeJson(key(endpoint), fresh.length ? fresh : undefined);
  return fresh;
}

export function rememberReport(endpoint: string, report: RememberedReport): void {
  const others = rememberedReports(endpoint).filter((r) => r.trackingId !== report.trackingId);
  writeJson(key(endpoint), [report, ...others].slice(0, 20));
}

export function tokenFor(endpoint: string, trackingId: string): string | undefined {
  return rememberedReports(endpoint).find((r) => r.trackingId === trackingId)?.reporterToken;
}
