// Checking and sending the report: part of the transport chunk, so that the form's first
// bytes only render it. Validation is the contract's (with its Indonesian or English
// messages); a report without a connection waits in the outbox with its idempotency key.
import type { Attachment, ComplaintCreated, ComplaintInput } from '@lapor/client/contract';
import { createComplaint, type LaporConnection } from '@lapor/client';
import { complaintInput, validate as check } from '@lapor/client/contract';
import { format, type EntryStrings, type Language } from '../i18n/index.ts';
import type { LaporEvents } from '../shared/element.ts';
import type { AttachmentList } from './attachments.ts';
import type { DraftController } from './draft.ts';
import { toComplaintInput } from './input.ts';
import type { Draft, FormState } from './model.ts';
import { lostConnection, type OutboxController } from './outbox-controller.ts';
import { fieldOf, laterStrings } from './views.ts';

/** What checking and sending reads and changes on `<lapor-form>`. */
export interface SubmitHost {
  readonly state: FormState;
  readonly t: EntryStrings;
  readonly language: Language;
  readonly endpoint: string;
  readonly rememberDays: number;
  readonly captcha: (() => Promise<string> | string) | undefined;
  /** Text typed in the location picker without choosing a region. */
  readonly locationUnchosen: boolean;
  readonly attachments: AttachmentList | undefined;
  readonly uploaded: Attachment[];
  readonly draft: DraftController;
  readonly outbox: OutboxController;
  snapshot(): Draft;
  client(): Promise<LaporConnection>;
  emit<K extends keyof LaporEvents>(type: K, detail: LaporEvents[K]): void;
  /** Renders again, then focuses what `selector` finds (if given). */
  show(selector?: string): void;
  /** Loads the confirmation (a chunk); rejects when it cannot. */
  confirmation(): Promise<unknown>;
}

/** The device's list of remembered reports: loaded only when the citizen asked to be remembered. */
const remembering = () => import('../shared/reports.ts');

/** The report as it would be sent now. */
function inputOf(form: SubmitHost): ComplaintInput {
  return toComplaintInput(form.state.fields, form.uploaded);
}

/** Checks everything with the contract and fills the error map; true when the report can go. */
export function validate(form: SubmitHost, focusSummary: boolean): boolean {
  const { state } = form;
  const result = check(complaintInput, inputOf(form), { locale: form.language });
  state.errors.clear();
  if (!result.success) {
    for (const issue of result.issues) {
      const field = fieldOf(issue.path);
      if (!state.errors.has(field)) state.errors.set(field, issue.message);
    }
  }
  const later = laterStrings(form.t);
  if (form.locationUnchosen) state.errors.set('location', state.errors.get('location') ?? later.locationHint);
  if (form.attachments?.refused) state.errors.set('attachments', later.uploadRefused);
  if (form.attachments?.error) state.errors.set('attachments', form.attachments.error);
  if (!state.fields.consent) state.errors.set('consent', later.consentRequired);
  form.show(state.errors.size && focusSummary ? '.error-summary' : undefined);
  return state.errors.size === 0;
}

/** The submit button: check, then send, or queue when there is no connection. */
export async function submit(form: SubmitHost): Promise<void> {
  const { state } = form;
  if (state.phase === 'sending') return;
  // Already waiting in the outbox (with its files): sending again means "try now", never a
  // second, different report under the same idempotency key.
  if (form.outbox.has(state.idempotencyKey)) return form.outbox.flush();
  state.submitted = true;
  const list = form.attachments;
  if (list?.busy) {
    state.errors.set('attachments', form.t.uploading);
    return form.show();
  }
  if (list?.waiting.length && navigator.onLine) await list.retryWaiting();
  if (!validate(form, true)) return;
  const input = inputOf(form);
  state.idempotencyKey ??= crypto.randomUUID();
  // Files still waiting for the connection: the report waits with them, not sent without them.
  if (list?.waiting.length) return queue(form, input, await list.queue());
  if (state.fields.remember) void remembering();
  state.phase = 'sending';
  state.notice = laterStrings(form.t).sending;
  state.offerDiscard = false;
  form.show();
  try {
    const captchaToken = form.captcha ? await form.captcha() : undefined;
    if (captchaToken) input.captchaToken = captchaToken;
    const client = await form.client();
    const created = await createComplaint(client, input, { idempotencyKey: state.idempotencyKey });
    succeeded(form, created, input, state.fields.remember);
  } catch (error) {
    if (lostConnection(error)) {
      queue(form, input);
    } else {
      state.phase = 'editing';
      fail(form, error);
    }
  }
}

/** No connection: the report waits on the device, with its key, and the citizen is told. */
function queue(form: SubmitHost, input: ComplaintInput, files?: string[]): void {
  const { state } = form;
  form.outbox.add({ idempotencyKey: state.idempotencyKey!, input, files, remember: state.fields.remember, queuedAt: new Date().toISOString() });
  // The draft keeps the key at once, so that sending again after a reload is this report.
  form.draft.saveNow(form.snapshot());
  state.phase = 'editing';
  state.notice = form.t.offlineQueued;
  state.offerDiscard = false;
  form.emit('lapor-error', { code: 'queued_offline', message: form.t.offlineQueued });
  form.show();
}

/** Refused: the server's field problems go to the summary, anything else to the notice. */
export function fail(form: SubmitHost, error: unknown): void {
  const { state } = form;
  const issues = (error as { issues?: Array<{ path: string; message: string }> }).issues;
  if (issues?.length) {
    state.errors.clear();
    for (const issue of issues) state.errors.set(fieldOf(issue.path), issue.message);
    state.notice = '';
    form.show('.error-summary');
  } else {
    const detail = (error as { problem?: { detail?: string; title?: string } }).problem;
    state.notice = format(laterStrings(form.t).serverError, { detail: detail?.detail ?? detail?.title ?? (error as Error).message });
    form.show();
  }
  form.emit('lapor-error', { code: (error as { code?: string }).code ?? 'error', message: (error as Error).message });
}

/** Accepted: remember it if asked, forget the draft, show the tracking ID and move focus to it. */
export function succeeded(form: SubmitHost, created: ComplaintCreated, input: ComplaintInput, remember: boolean): void {
  const { state } = form;
  if (remember && form.rememberDays > 0) {
    const keep = { trackingId: created.trackingId, reporterToken: created.reporterToken, title: input.title, createdAt: created.createdAt, keepUntil: Date.now() + form.rememberDays * 86_400_000 };
    // A chunk of its own, only for a citizen who asked (it is loading since the send began).
    void remembering().then(({ rememberReport }) => rememberReport(form.endpoint, keep));
  }
  form.draft.clear();
  state.created = created;
  form.emit('lapor-submitted', { trackingId: created.trackingId, status: created.status, dueDates: created.dueDates });
  // The confirmation arrives as a chunk; without it the form still shows the tracking ID.
  const done = () => {
    state.phase = 'done';
    state.notice = '';
    form.show('.success h2');
  };
  void form.confirmation().then(done, done);
}
