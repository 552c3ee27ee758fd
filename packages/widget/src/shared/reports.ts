import { readJson, writeJson } from './storage.ts';

/** A report the citizen chose to keep on this device, with the token that opens it. */
export interface RememberedReport {
  trackingId: string;
  reporterToken: string;
  title: string;
  createdAt: string;
}

const key = (endpoint: string) => `lapor:reports:${endpoint}`;

/** Reports kept on this device for an endpoint, newest first. */
export function rememberedReports(endpoint: string): RememberedReport[] {
  const list = readJson<RememberedReport[]>(key(endpoint));
  return Array.isArray(list) ? list : [];
}

export function rememberReport(endpoint: string, report: RememberedReport): void {
  const others = rememberedReports(endpoint).filter((r) => r.trackingId !== report.trackingId);
  writeJson(key(endpoint), [report, ...others].slice(0, 20));
}

export function tokenFor(endpoint: string, trackingId: string): string | undefined {
  return rememberedReports(endpoint).find((r) => r.trackingId === trackingId)?.reporterToken;
}
