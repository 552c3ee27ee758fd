// Public reports for the transparency elements' tests, made through the real sandbox: a
// citizen files the report over HTTP, the sandbox's admin routes play LAPOR! (forward)
// and the institution (follow-up, close).
import { sandboxAdmin, sandboxUrl, until } from './helpers.ts';

export interface Filed {
  trackingId: string;
  title: string;
}

/** Files a complaint as a citizen would (over HTTP, with the publishable key). */
export async function file(title: string, extra: Record<string, unknown> = {}): Promise<Filed> {
  const response = await fetch(`${sandboxUrl}/v1/complaints`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      classification: 'complaint',
      title,
      body: `${title}. Sudah dilaporkan ke kelurahan tetapi belum ada perbaikan sampai sekarang.`,
      incidentDate: '2026-11-18',
      location: { regionCode: '53.71' },
      reporter: { name: 'Maria Nalle', email: 'maria@example.id', phone: '+6281339123456' },
      ...extra,
    }),
  });
  if (response.status !== 201) throw new Error(`filing failed: ${response.status} ${await response.text()}`);
  const { trackingId } = (await response.json()) as { trackingId: string };
  return { trackingId, title };
}

async function admin(path: string, body: unknown = {}): Promise<void> {
  const response = await fetch(`${sandboxAdmin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

/** A report LAPOR! forwarded to `institutionId` (public from then on, unless confidential), optionally followed up and closed. */
export async function published(
  title: string,
  institutionId: string,
  { stage = 'forwarded', ...extra }: { stage?: 'forwarded' | 'followed_up' | 'closed' } & Record<string, unknown> = {},
): Promise<Filed> {
  const filed = await file(title, extra);
  await admin(`/complaints/${filed.trackingId}/forward`, { institutionId });
  if (stage !== 'forwarded') await admin(`/complaints/${filed.trackingId}/follow-up`, { body: 'Petugas sudah meninjau lokasi dan menjadwalkan perbaikan.' });
  if (stage === 'closed') await admin(`/complaints/${filed.trackingId}/close`);
  return filed;
}

/** Attributes as markup (for fixtures built from a string: Lit templates have no attribute spread). */
export function attributes(values: Record<string, string | number | boolean>): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return Object.entries(values)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${escape(String(value))}"`))
    .join(' ');
}

/** A word no other test's report holds, so that a search finds only this test's reports. */
export function marker(): string {
  return `uji${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Renders `markup` in a 320 × 640 frame (a 320 px viewport in every engine) and resolves
 * the element once it has rendered `ready`; `check` runs inside, then the frame goes.
 */
export async function at320<T extends HTMLElement>(markup: string, tag: string, ready: string, check: (el: T, frame: HTMLIFrameElement) => Promise<void>): Promise<void> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 320px; height: 640px; border: 0';
  const define = new URL('../src/define-elements.ts', import.meta.url).href;
  frame.srcdoc = `<!doctype html><html lang="id"><meta name="viewport" content="width=device-width"><script type="module" src="${define}"></script>${markup}</html>`;
  document.body.append(frame);
  try {
    const el = await until(() => frame.contentDocument?.querySelector<T>(tag)?.shadowRoot?.querySelector(ready) && frame.contentDocument.querySelector<T>(tag)!, 15000);
    expect320(frame, el);
    await check(el, frame);
  } finally {
    frame.remove();
  }
}

function expect320(frame: HTMLIFrameElement, el: HTMLElement): void {
  if (frame.contentWindow!.innerWidth !== 320) throw new Error(`viewport ${frame.contentWindow!.innerWidth} px, not 320`);
  if (el.scrollWidth > el.clientWidth + 1) throw new Error(`<${el.localName}> scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
  if (frame.contentDocument!.documentElement.scrollWidth > 320) throw new Error(`the page scrolls sideways: ${frame.contentDocument!.documentElement.scrollWidth} px`);
}
