// Drives the widget the way a citizen does: typing, choosing, clicking, in real Chromium,
// Firefox and WebKit.
import type { LaporForm } from '../src/form/lapor-form.ts';

const sandboxModule = '/__lapor__/sandbox.js';
// `sandboxAdmin`: the sandbox's /_sandbox routes, passed through the test server (they answer no cross-origin page).
export const { sandboxUrl, sandboxAdmin } = (await import(sandboxModule)) as { sandboxUrl: string; sandboxAdmin: string };

export const root = (el: HTMLElement) => el.shadowRoot!;

export function $(el: HTMLElement, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export async function type(el: LaporForm | HTMLElement, selector: string, value: string): Promise<void> {
  const input = $(el, selector) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await (el as LaporForm).updateComplete;
}

export async function click(el: HTMLElement, selector: string): Promise<void> {
  $(el, selector).click();
  await (el as LaporForm).updateComplete;
}

export async function until<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The draft a form keeps on the device for an endpoint and site key, once written: tests
 * wait for it rather than sleeping past the form's debounce.
 */
export function savedDraft(siteKey = 'pk_test_sandbox'): { title: string; attachments: Array<{ name: string }> } | undefined {
  const value = localStorage.getItem(`lapor:draft:${sandboxUrl}|${siteKey}`);
  return value ? JSON.parse(value) : undefined;
}

/** Types into a picker and chooses the first suggestion with the keyboard. */
export async function choose(el: LaporForm, id: string, query: string): Promise<void> {
  await type(el, `#${id}`, query);
  await until(() => root(el).querySelector(`#${id}-opt-0`));
  const input = $(el, `#${id}`);
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Fills a valid complaint. */
export async function fillComplaint(el: LaporForm): Promise<void> {
  await click(el, '#classification-complaint');
  await type(el, '#title', 'Jalan berlubang di depan SDN 3 Mataram');
  await type(el, '#body', 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.');
  await type(el, '#incidentDate', '2026-11-20');
  await choose(el, 'location', 'mataram');
  await type(el, '#name', 'Siti Aminah');
  await type(el, '#email', 'siti@example.id');
  await click(el, '#consent');
}

export async function sandboxStats(): Promise<{ complaints: number }> {
  return (await fetch(`${sandboxAdmin}/stats`)).json();
}

/** The reporter's own view of a report this browser sent (its token was kept on the device). */
export async function reporterView(trackingId: string): Promise<{ attachments: Array<{ name: string; mimeType: string; size: number }>; location: { regionCode: string; lat?: number | null; lng?: number | null } }> {
  const token = JSON.parse(localStorage.getItem(`lapor:reports:${sandboxUrl}`)!).find((r: { trackingId: string }) => r.trackingId === trackingId).reporterToken;
  return (await fetch(`${sandboxUrl}/v1/complaints/${trackingId}`, { headers: { authorization: 'Bearer pk_test_sandbox', 'reporter-token': token } })).json();
}

/** Every report body the page sends, while `run` runs (the requests still reach the sandbox). */
export async function sentReports(run: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
  const sent: Array<Record<string, unknown>> = [];
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'POST' && request.url.endsWith('/v1/complaints')) sent.push(await request.clone().json());
    return realFetch(request);
  };
  try {
    await run();
  } finally {
    window.fetch = realFetch;
  }
  return sent;
}

/** Sets the sandbox's fault injection (`''` turns it off), with a fixed seed. */
export async function faults(spec: string): Promise<void> {
  await fetch(`${sandboxAdmin}/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ spec, seed: 1 }) });
}
