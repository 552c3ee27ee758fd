import type { Attachment, ComplaintInput } from '@lapor/client/contract';
import type { Option } from './combobox.ts';
import { readJson, writeJson } from '../shared/storage.ts';

/** What the form keeps on the device while the citizen writes (never the consent). */
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
  /** The key of this report once a send was tried: sending again after a reload is the same report. */
  idempotencyKey?: string | undefined;
  savedAt: string;
}

export function loadDraft(key: string): Draft | undefined {
  const draft = readJson<Draft>(key);
  return draft && typeof draft === 'object' && typeof draft.title === 'string' ? draft : undefined;
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
