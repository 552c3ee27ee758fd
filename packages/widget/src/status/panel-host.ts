// What the status element lends the panels it loads as chunks (rating, recovery), and one
// helper they share. The element imports only the types: nothing here reaches its chunk.
import type { LaporConnection } from '@lapor/client';
import type { EntryStrings, StatusEntryStrings } from '../i18n/index.ts';

/** The client's calls of the status element and its panels (see `calls.ts`). */
export type StatusCalls = typeof import('./calls.ts');

export interface PanelHost {
  /** The element's endpoint (remembered reports are kept per endpoint). */
  endpoint(): string;
  /** Renders the element again; then moves focus to the element matching `focus`, if given. */
  update(focus?: string): Promise<void>;
  /** The element's strings now (its language, an agency's overrides). */
  strings(): EntryStrings & StatusEntryStrings;
  /** A connection to the element's endpoint with its key, in its language, and the client's calls to make with it. */
  calls(): Promise<{ client: LaporConnection; calls: StatusCalls }>;
  /** Looks a report up again and shows it (with a token the device now holds). */
  open(trackingId: string): Promise<void>;
  /** Keeps a reporter token for this page only, when the citizen chose not to remember it. */
  keepToken(trackingId: string, reporterToken: string): void;
}

/** The message of a failed call: the field issue, the server's sentence, or the error's own. */
export function failure(error: unknown): string {
  const e = error as { issues?: Array<{ message: string }>; problem?: { detail?: string }; message?: string };
  return e.issues?.[0]?.message ?? e.problem?.detail ?? e.message ?? String(error);
}
