import type { Attachment, ComplaintInput } from '@lapor/client/contract';
import type { Option } from './combobox.ts';
import { readJson, writeJson } from '../shared/storage.ts';

/**
 * What the form keeps on the device while the citizen writes (never the consent): for
 * `draft-days` after the last change, and the contact details only when the citizen ticks
 * "keep my contact details on this device" (else they are empty here).
 */
export interface Draft {
  classification: string;
  title: string;
  body: string;
  incidentDate: string;
  location?: Option | undefined;
  address: string;
  lat?: number | undefined;
  lng?: number | undefined;
  origin?: Option | undefined;
  institution?: Option | undefined;
  category?: Option | undefined;
  attachments: Attachment[];
  anonymous: boolean;
  confidential: boolean;
  name: string;
  email: string;
  phone: string;
  remember: boolean;
  /** The citizen chose to keep name, e-mail and phone in the draft. */
  keepContact?: boolean | undefined;
  /** The key of this report once a send was tried: sending again after a reload is the same report. */
  idempotencyKey?: string | undefined;
  savedAt: string;
}

const DAY_MS = 86_400_000;

/**
 * The draft, unless it is older than `days` after its last change: then it is removed (as
 * with `days` 0) and `removed` is called, so that what was kept with it goes too.
 */
export function loadDraft(key: string, days: number, removed: () => void): Draft | undefined {
  const draft = readJson<Draft>(key);
  if (!(Date.now() - Date.parse(draft?.savedAt ?? '') < days * DAY_MS)) {
    if (draft) {
      writeJson(key, undefined);
      removed();
    }
    return undefined;
  }
  return typeof draft!.title === 'string' ? draft : undefined;
}

export function saveDraft(key: string, draft: Draft | undefined): void {
  writeJson(key, draft);
}

/**
 * Whether a failure is for want of a connection (the device is offline, or the client gave
 * up on the network or a timeout): what waits on the device to be tried again, rather than
 * being shown to the citizen as refused.
 */
export function lostConnection(error: unknown): boolean {
  return !navigator.onLine || /^Lapor(Network|Timeout)Error$/.test((error as Error).name);
}

/** A report waiting on the device for the connection, with the idempotency key it keeps. */
export interface QueuedReport {
  idempotencyKey: string;
  input: ComplaintInput;
  /** Files kept on the device that go with it, uploaded before it is sent. */
  files?: string[] | undefined;
  remember: boolean;
  queuedAt: string;
}

export function loadOutbox(key: string): QueuedReport[] {
  const list = readJson<QueuedReport[]>(key);
  return Array.isArray(list) ? list : [];
}

export function saveOutbox(key: string, list: QueuedReport[]): void {
  writeJson(key, list.length ? list : undefined);
}
