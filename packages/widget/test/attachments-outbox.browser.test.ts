import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-elements.ts';
import type { LaporForm } from '../src/form/lapor-form.ts';
import { $, click, faults, fillComplaint, reporterView, root, sandboxStats, sandboxUrl, savedDraft, type, until } from './helpers.ts';

async function form(): Promise<LaporForm> {
  return fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" lang="id"></lapor-form>`);
}

/** A phone-sized photo: noisy pixels do not compress, so the JPEG is well over 2 MB. */
async function bigPhoto(): Promise<File> {
  const canvas = new OffscreenCanvas(3000, 2250);
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(3000, 2250);
  for (let i = 0; i < image.data.length; i += 4) {
    image.data[i] = (i * 7) % 251;
    image.data[i + 1] = (i * 13) % 241;
    image.data[i + 2] = (i * 17) % 239;
    image.data[i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.98 });
  return new File([blob], 'IMG_20261120_101500.jpg', { type: 'image/jpeg' });
}

/** Pretends the device lost (or found) its connection, as DevTools' offline switch does for the page. */
function online(on: boolean): void {
  if (on) delete (navigator as { onLine?: boolean }).onLine;
  else Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
}

type Kept = { id: string; scope: string; file: File; at: number };
/** Where an engine cannot store a Blob in IndexedDB (WebKit here), the widget keeps the file's bytes. */
type Stored = Kept | (Omit<Kept, 'file'> & { bytes: ArrayBuffer; name: string; type: string; lastModified: number });

/** The widget's file store on the device (IndexedDB): read, emptied or added to as a test needs. */
async function keptFiles(change: 'clear' | Kept | undefined = undefined): Promise<Kept[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('lapor-widget', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('files', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const run = (use: (files: IDBObjectStore) => void) =>
    new Promise<boolean>((resolve) => {
      const transaction = db.transaction('files', 'readwrite');
      use(transaction.objectStore('files'));
      transaction.oncomplete = () => resolve(true);
      transaction.onabort = () => resolve(false);
    });
  if (change === 'clear') await run((files) => files.clear());
  else if (change && !(await run((files) => files.put(change)))) {
    const { file, ...rest } = change;
    const bytes = await file.arrayBuffer();
    await run((files) => files.put({ ...rest, bytes, name: file.name, type: file.type, lastModified: file.lastModified }));
  }
  let stored: Stored[] = [];
  await run((files) => {
    const request = files.getAll();
    request.onsuccess = () => (stored = request.result);
  });
  db.close();
  return stored.map((entry) => ('file' in entry ? entry : { ...entry, file: new File([entry.bytes], entry.name, { type: entry.type }) }));
}

const clearKeptFiles = () => keptFiles('clear');


function drop(el: LaporForm, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  $(el, '.dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true }));
}

describe('<lapor-form> attachments', () => {
  beforeEach(async () => {
    localStorage.clear();
    await clearKeptFiles();
  });
  afterEach(() => online(true));

  it('downscales a large phone photo to fit, uploads it and sends it with the report', async function () {
    // WebKitGTK draws and encodes JPEG in software: making and shrinking this 7 MB photo
    // takes it about 8 s on a busy 2-core machine, three times Chromium's time.
    this.timeout(60_000);
    const el = await form();
    const photo = await bigPhoto();
    expect(photo.size).to.be.greaterThan(2 * 1024 * 1024);
    drop(el, [photo]);
    await until(() => root(el).querySelector('.file.done'), 45_000);
    const item = $(el, '.file.done');
    expect(item.textContent).to.contain('IMG_20261120_101500.jpg');
    expect(item.textContent).to.contain('Foto diperkecil');
    await fillComplaint(el);
    // Remembered on this device (opt-in), so that the test can read the reporter's view.
    await click(el, '#remember');
    await click(el, 'button[type=submit]');
    const trackingId = await until(() => root(el).querySelector('.tracking-id')?.textContent);
    const view = await reporterView(trackingId);
    expect(view.attachments).to.have.length(1);
    expect(view.attachments[0]!.mimeType).to.equal('image/jpeg');
    expect(view.attachments[0]!.size).to.be.at.most(2 * 1024 * 1024);
  });

  it('names the file it refuses, and keeps the others', async () => {
    const el = await form();
    drop(el, [new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'arsip.zip', { type: 'application/zip' }), new File(['Catatan kejadian.'], 'catatan.txt', { type: 'text/plain' })]);
    await until(() => root(el).querySelector('.file.error') && root(el).querySelector('.file.done'));
    expect($(el, '.file.error').textContent).to.contain('"arsip.zip"');
    // Refused for its type: trying again would not help, so only removing is offered.
    expect($(el, '.file.error').textContent).not.to.contain('Coba lagi');
    expect($(el, '.file.done').textContent).to.contain('Terunggah');
    await expect(el).shadowDom.to.be.accessible();
    // Not sent while a refused file is in the list: the summary says what to do.
    const before = (await sandboxStats()).complaints;
    await fillComplaint(el);
    await click(el, 'button[type=submit]');
    await until(() => root(el).querySelector('.error-summary'));
    expect($(el, '.error-summary').textContent).to.contain('Hapus berkas yang ditolak');
    await click(el, '.file.error button[aria-label^="Hapus"]');
    await click(el, 'button[type=submit]');
    await until(() => root(el).querySelector('.tracking-id'));
    expect((await sandboxStats()).complaints).to.equal(before + 1);
  });

  it('keeps a file picked without a connection on the device, and uploads it after a reload', async () => {
    online(false);
    const first = await form();
    drop(first, [new File(['Foto papan nama jalan.'], 'papan-nama.txt', { type: 'text/plain' })]);
    await until(() => root(first).querySelector('.file.waiting'));
    expect($(first, '.file.waiting').textContent).to.contain('Menunggu koneksi');
    expect($(first, '.file.waiting .file-size').textContent).to.equal('(1 KB)');
    await expect(first).shadowDom.to.be.accessible();
    // On the device, not only in this page's memory.
    await until(async () => (await keptFiles()).length > 0);
    expect((await keptFiles()).map((kept) => kept.file.name)).to.deep.equal(['papan-nama.txt']);
    // The draft brings the kept file back after the reload: wait until it is written too.
    await until(() => savedDraft());
    first.remove();

    online(true);
    const second = await form();
    await until(() => root(second).querySelector('.file.done'));
    expect($(second, '.file.done').textContent).to.contain('papan-nama.txt');
    expect(await keptFiles()).to.have.length(0);
  });

  it('drops a file kept on the device for more than 30 days', async () => {
    const first = await form();
    await type(first, '#title', 'Lampu jalan mati di Jl. Pejanggik');
    await until(() => savedDraft()?.title === 'Lampu jalan mati di Jl. Pejanggik');
    first.remove();
    const old = { id: 'lama', scope: `lapor:draft:${sandboxUrl}|pk_test_sandbox`, file: new File(['Foto lama.'], 'lama.txt', { type: 'text/plain' }), at: Date.now() - 31 * 86_400_000 };
    await keptFiles(old);
    const second = await form();
    await until(() => ($(second, '#title') as HTMLInputElement).value.startsWith('Lampu jalan'));
    await until(async () => (await keptFiles()).length === 0);
    expect(root(second).querySelector('.file')).to.equal(null);
  });

  it('uploads a waiting file when the connection comes back', async () => {
    online(false);
    const el = await form();
    drop(el, [new File(['Catatan kejadian.'], 'catatan.txt', { type: 'text/plain' })]);
    await until(() => root(el).querySelector('.file.waiting'));
    online(true);
    window.dispatchEvent(new Event('online'));
    await until(() => root(el).querySelector('.file.done'));
  });

  it('allows at most five files', async () => {
    const el = await form();
    drop(el, Array.from({ length: 6 }, (_, i) => new File([`isi ${i}`], `catatan-${i}.txt`, { type: 'text/plain' })));
    await until(() => root(el).querySelectorAll('.file.done').length === 5);
    expect(root(el).querySelectorAll('.file')).to.have.length(5);
  });

  it('keeps uploaded attachments in the draft', async () => {
    const first = await form();
    drop(first, [new File(['Catatan kejadian.'], 'catatan.txt', { type: 'text/plain' })]);
    await until(() => root(first).querySelector('.file.done'));
    await until(() => savedDraft()?.attachments.some((attachment) => attachment.name === 'catatan.txt'));
    first.remove();
    const second = await form();
    // The file list is a chunk of its own: it shows once that has loaded.
    await until(() => root(second).querySelector('.file.done'));
    expect($(second, '.file.done').textContent).to.contain('catatan.txt');
  });
});

/** A filled form whose report the server commits but whose every answer is lost: it waits in the outbox. */
async function queuedByLostAnswers(): Promise<{ el: LaporForm; before: number }> {
  const el = await form();
  await fillComplaint(el);
  const before = (await sandboxStats()).complaints;
  await faults('drop-after-commit=1');
  await click(el, 'button[type=submit]');
  await until(() => $(el, '.notice').textContent?.includes('tersimpan'), 30000);
  return { el, before };
}

describe('<lapor-form> offline outbox', () => {
  beforeEach(async () => {
    localStorage.clear();
    await clearKeptFiles();
  });
  afterEach(async () => {
    online(true);
    await faults('');
  });

  it('queues a report whose photo waits for the connection, and after a reload sends both as exactly one complaint', async () => {
    online(false);
    const el = await form();
    await fillComplaint(el);
    await click(el, '#remember');
    drop(el, [await bigPhoto()]);
    await until(() => root(el).querySelector('.file.waiting'), 20000);
    const before = (await sandboxStats()).complaints;
    let code = '';
    el.addEventListener('lapor-error', (e) => (code = e.detail.code));
    await click(el, 'button[type=submit]');
    await until(() => code);
    expect(code).to.equal('queued_offline');
    const outbox = Object.entries(localStorage).find(([k]) => k.startsWith('lapor:outbox'))!;
    expect(JSON.parse(outbox[1])[0].files).to.have.length(1);
    expect((await keptFiles()).map((kept) => [kept.scope, kept.file.type])).to.deep.equal([['outbox', 'image/jpeg']]);
    // Pressing "Kirim" again while offline changes nothing: one report, its photo still with it.
    await click(el, 'button[type=submit]');
    await new Promise((r) => setTimeout(r, 200));
    const outboxAgain = JSON.parse(Object.entries(localStorage).find(([k]) => k.startsWith('lapor:outbox'))![1]);
    expect(outboxAgain).to.have.length(1);
    expect(outboxAgain[0].files).to.have.length(1);
    expect((await sandboxStats()).complaints).to.equal(before);
    el.remove();

    online(true);
    const again = await form();
    const trackingId = await until(() => root(again).querySelector('.tracking-id')?.textContent, 20000);
    expect((await sandboxStats()).complaints).to.equal(before + 1);
    const view = await reporterView(trackingId);
    expect(view.attachments).to.have.length(1);
    expect(view.attachments[0]!.name).to.equal('IMG_20261120_101500.jpg');
    expect(Object.keys(localStorage).some((k) => k.startsWith('lapor:outbox'))).to.equal(false);
    expect(await keptFiles()).to.have.length(0);
  });

  it('queues a report when the connection drops, sends it after a reload, and makes exactly one', async () => {
    const el = await form();
    await fillComplaint(el);
    const before = (await sandboxStats()).complaints;
    // Every answer is lost after the server commits: the client runs out of retries.
    await faults('drop-after-commit=1');
    let code = '';
    el.addEventListener('lapor-error', (e) => (code = e.detail.code));
    await click(el, 'button[type=submit]');
    await until(() => code, 30000);
    expect(code).to.equal('queued_offline');
    expect($(el, '.notice').textContent).to.contain('tersimpan di perangkat ini');
    expect(Object.keys(localStorage).some((k) => k.startsWith('lapor:outbox'))).to.equal(true);
    el.remove();

    await faults('');
    const again = await form();
    const trackingId = await until(() => root(again).querySelector('.tracking-id')?.textContent, 15000);
    expect(trackingId).to.match(/^\d+$/);
    expect((await sandboxStats()).complaints).to.equal(before + 1);
    expect(Object.keys(localStorage).some((k) => k.startsWith('lapor:outbox'))).to.equal(false);
  });

  it('after a reload, sending the restored draft again while the report waits makes no second report', async () => {
    const { el, before } = await queuedByLostAnswers();
    el.remove();

    online(false);
    await faults('');
    const again = await form();
    // The page says the report waits, even before the connection is back.
    await until(() => $(again, '.notice').textContent?.includes('tersimpan'));
    expect(($(again, '#title') as HTMLInputElement).value).to.equal('Jalan berlubang di depan SDN 3 Mataram');
    await click(again, '#consent');
    await click(again, 'button[type=submit]');
    online(true);
    window.dispatchEvent(new Event('online'));
    const trackingId = await until(() => root(again).querySelector('.tracking-id')?.textContent, 15000);
    expect(trackingId).to.match(/^\d+$/);
    expect((await sandboxStats()).complaints).to.equal(before + 1);
  });

  it('sends the queued report when the browser comes back online', async () => {
    const { el, before } = await queuedByLostAnswers();
    await faults('');
    window.dispatchEvent(new Event('online'));
    await until(() => root(el).querySelector('.tracking-id'), 15000);
    expect((await sandboxStats()).complaints).to.equal(before + 1);
  });
});
