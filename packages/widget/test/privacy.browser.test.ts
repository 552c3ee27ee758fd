// What the citizen's device keeps, and what leaves it: drafts that expire, contact details
// only when chosen, reports remembered only when asked, an action that erases it all,
// only the chosen classification's fields, photos without their metadata, a note when a
// public report seems to hold personal data, and consent that names who processes it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-elements.ts';
import type { LaporForm } from '../src/form/lapor-form.ts';
import type { LaporStatus } from '../src/status/lapor-status.ts';
import { $, choose, click, fillComplaint, root, sandboxStats, sandboxUrl, sentReports, type, until } from './helpers.ts';

const DAY = 86_400_000;
const draftKey = `lapor:draft:${sandboxUrl}|pk_test_sandbox`;
const reportsKey = `lapor:reports:${sandboxUrl}`;

async function form(attributes: Record<string, string> = {}): Promise<LaporForm> {
  const el = document.createElement('lapor-form');
  for (const [name, value] of Object.entries({ endpoint: sandboxUrl, 'site-key': 'pk_test_sandbox', lang: 'id', ...attributes })) el.setAttribute(name, value);
  return fixture<LaporForm>(el);
}

const draft = () => JSON.parse(localStorage.getItem(draftKey) ?? 'null');
const settle = () => new Promise((r) => setTimeout(r, 600));

/** The widget's file store on the device (IndexedDB), as the widget opens it. */
async function keptFiles(): Promise<Array<{ id: string; scope: string }>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('lapor-widget', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('files', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const kept = await new Promise<Array<{ id: string; scope: string }>>((resolve) => {
    const request = db.transaction('files').objectStore('files').getAll();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return kept;
}

function drop(el: LaporForm, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  $(el, '.dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true }));
}

describe('<lapor-form> on the device: the least for the shortest time', () => {
  beforeEach(() => localStorage.clear());

  it('keeps no contact details in the draft unless the citizen chooses to', async () => {
    const el = await form();
    await fillComplaint(el);
    await type(el, '#phone', '081234567890');
    await settle();
    expect(draft().title).to.equal('Jalan berlubang di depan SDN 3 Mataram');
    expect(localStorage.getItem(draftKey)).not.to.contain('Siti Aminah');
    expect(localStorage.getItem(draftKey)).not.to.contain('siti@example.id');
    expect(localStorage.getItem(draftKey)).not.to.contain('081234567890');
    await click(el, '#keepContact');
    await settle();
    expect([draft().name, draft().email, draft().phone]).to.deep.equal(['Siti Aminah', 'siti@example.id', '081234567890']);
    await expect(el).shadowDom.to.be.accessible();
    // Unticked again: the stored copy loses them at once.
    await click(el, '#keepContact');
    await settle();
    expect(localStorage.getItem(draftKey)).not.to.contain('Siti Aminah');
    el.remove();
    const again = await form();
    expect(($(again, '#title') as HTMLInputElement).value).to.equal('Jalan berlubang di depan SDN 3 Mataram');
    expect(($(again, '#name') as HTMLInputElement).value).to.equal('');
  });

  it('says how long the draft is kept, and forgets one older than draft-days', async () => {
    const el = await form();
    expect($(el, '.intro').textContent).to.contain('selama 7 hari');
    await type(el, '#title', 'Lampu jalan mati di Jl. Pejanggik');
    await settle();
    el.remove();
    // Six days later it is still there; eight days later (of seven) it is gone from the device.
    localStorage.setItem(draftKey, JSON.stringify({ ...draft(), savedAt: new Date(Date.now() - 6 * DAY).toISOString() }));
    const sixDays = await form();
    expect(($(sixDays, '#title') as HTMLInputElement).value).to.equal('Lampu jalan mati di Jl. Pejanggik');
    await settle();
    sixDays.remove();
    localStorage.setItem(draftKey, JSON.stringify({ ...draft(), savedAt: new Date(Date.now() - 8 * DAY).toISOString() }));
    // A file that waited for the connection with that draft goes with it.
    const { keepFile } = await import('../src/shared/files.ts');
    await keepFile('mit-draf', draftKey, new File(['Foto.'], 'foto.txt', { type: 'text/plain' }));
    const eightDays = await form();
    expect(($(eightDays, '#title') as HTMLInputElement).value).to.equal('');
    expect(localStorage.getItem(draftKey)).to.equal(null);
    for (let i = 0; i < 80 && (await keptFiles()).length; i++) await new Promise((r) => setTimeout(r, 25));
    expect(await keptFiles()).to.have.length(0);
    eightDays.remove();

    localStorage.setItem(draftKey, JSON.stringify({ ...JSON.parse('{}'), title: 'Dua hari lalu', body: '', classification: '', incidentDate: '', address: '', attachments: [], anonymous: false, confidential: false, name: '', email: '', phone: '', remember: false, savedAt: new Date(Date.now() - 2 * DAY).toISOString() }));
    const oneDay = await form({ 'draft-days': '1' });
    expect($(oneDay, '.intro').textContent).to.contain('selama 1 hari');
    expect(($(oneDay, '#title') as HTMLInputElement).value).to.equal('');
    expect(localStorage.getItem(draftKey)).to.equal(null);
  });

  it('keeps no draft at all with draft-days="0", and offers no contact keeping then', async () => {
    localStorage.setItem(draftKey, JSON.stringify({ title: 'Lama', savedAt: new Date().toISOString() }));
    const el = await form({ 'draft-days': '0' });
    expect(localStorage.getItem(draftKey)).to.equal(null);
    await type(el, '#title', 'Tidak disimpan');
    await settle();
    expect(localStorage.getItem(draftKey)).to.equal(null);
    expect(root(el).querySelector('#keepContact')).to.equal(null);
    expect($(el, '.intro').textContent).not.to.contain('hari');
  });

  it('remembers a report only when asked, worded for what it keeps, and for remember-days', async () => {
    const el = await form({ 'remember-days': '2' });
    const remember = $(el, '#remember') as HTMLInputElement;
    expect(remember.checked).to.equal(false);
    expect($(el, 'label[for=remember]').textContent).to.equal('Ingat laporan ini di perangkat ini selama 2 hari');
    expect($(el, '#remember-hint').textContent).to.contain('kode akses');
    await fillComplaint(el);
    await click(el, 'button[type=submit]');
    await until(() => root(el).querySelector('.tracking-id'));
    expect(localStorage.getItem(reportsKey)).to.equal(null);

    el.remove();

    const again = await form({ 'remember-days': '2' });
    await fillComplaint(again);
    await click(again, '#remember');
    await click(again, 'button[type=submit]');
    const trackingId = await until(() => root(again).querySelector('.tracking-id')?.textContent);
    const [kept] = JSON.parse(localStorage.getItem(reportsKey)!);
    expect(kept.trackingId).to.equal(trackingId);
    expect(kept.reporterToken).to.be.a('string');
    expect(kept.keepUntil - Date.now()).to.be.within(2 * DAY - 60_000, 2 * DAY);
  });

  it('forgets a remembered report once its time is over', async () => {
    const fresh = { trackingId: '1234567', reporterToken: 'rt_fresh', title: 'Masih disimpan', createdAt: '', keepUntil: Date.now() + DAY };
    const old = { trackingId: '7654321', reporterToken: 'rt_old', title: 'Sudah lewat', createdAt: '', keepUntil: Date.now() - 1000 };
    const unbounded = { trackingId: '1111111', reporterToken: 'rt_unbounded', title: 'Tanpa batas', createdAt: '' };
    localStorage.setItem(reportsKey, JSON.stringify([fresh, old, unbounded]));
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-status>`);
    expect(root(el).querySelector('.mine')!.textContent).to.contain('1234567');
    expect(root(el).querySelector('.mine')!.textContent).not.to.contain('7654321');
    expect(root(el).querySelector('.mine')!.textContent).not.to.contain('1111111');
    expect(JSON.parse(localStorage.getItem(reportsKey)!).map((r: { trackingId: string }) => r.trackingId)).to.deep.equal(['1234567']);
  });

  it('erases the drafts, waiting files, the outbox and remembered reports, after a warning when something is unsent', async () => {
    const el = await form();
    await fillComplaint(el);
    drop(el, [new File(['Catatan kejadian.'], 'catatan.txt', { type: 'text/plain' })]);
    await until(() => root(el).querySelector('.file.done'));
    await settle();
    const outboxKey = `lapor:outbox:${sandboxUrl}|pk_test_sandbox`;
    localStorage.setItem(outboxKey, JSON.stringify([{ idempotencyKey: crypto.randomUUID(), input: { title: 'Belum terkirim' }, remember: false, queuedAt: new Date().toISOString() }]));
    localStorage.setItem(reportsKey, JSON.stringify([{ trackingId: '1234567', reporterToken: 'rt_x', title: 'x', createdAt: '', keepUntil: Date.now() + DAY }]));
    // A file waiting for the connection, kept in IndexedDB.
    const { keepFile } = await import('../src/shared/files.ts');
    await keepFile('menunggu', draftKey, new File(['Foto.'], 'foto.txt', { type: 'text/plain' }));
    expect(await keptFiles()).to.have.length(1);

    const forget = [...root(el).querySelectorAll<HTMLButtonElement>('button.link')].find((b) => b.textContent === 'Hapus data laporan di perangkat ini')!;
    forget.click();
    const warning = await until(() => root(el).querySelector('[role=alert]'));
    expect(warning.textContent).to.contain('belum terkirim');
    expect(localStorage.getItem(outboxKey)).not.to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
    // Not now: nothing is erased.
    await click(el, '[role=alert] button.secondary');
    expect(localStorage.getItem(outboxKey)).not.to.equal(null);

    forget.click();
    await until(() => root(el).querySelector('[role=alert]'));
    await click(el, '[role=alert] button:not(.secondary)');
    await until(() => root(el).querySelector('.forget[role=status]')?.textContent?.includes('sudah dihapus'));
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lapor:'))).to.deep.equal([]);
    expect(await keptFiles()).to.have.length(0);
    expect(($(el, '#title') as HTMLInputElement).value).to.equal('');
    await expect(el).shadowDom.to.be.accessible();
    // The form stays usable, and the emptied form keeps nothing new until typed into.
    await settle();
    expect(localStorage.getItem(draftKey)).to.equal(null);
  });

  it('erases at once when nothing is waiting to be sent', async () => {
    const el = await form();
    await type(el, '#title', 'Lampu jalan mati di Jl. Pejanggik');
    await settle();
    expect(localStorage.getItem(draftKey)).not.to.equal(null);
    const forget = [...root(el).querySelectorAll<HTMLButtonElement>('button.link')].find((b) => b.textContent === 'Hapus data laporan di perangkat ini')!;
    forget.click();
    await until(() => root(el).querySelector('.forget[role=status]')?.textContent?.includes('sudah dihapus'));
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
    expect(localStorage.getItem(draftKey)).to.equal(null);
  });
});

describe('<lapor-form> location: only what the classification asks for', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => delete (navigator as { geolocation?: unknown }).geolocation);

  it('says the point may become public, and sends no position after switching to an aspiration', async () => {
    const geolocation = { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: -8.5833312, longitude: 116.1166694 } } as GeolocationPosition) };
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
    const el = await form();
    await fillComplaint(el);
    const button = $(el, '.geo button');
    expect($(el, `#${button.getAttribute('aria-describedby')}`).textContent).to.contain('dapat ditampilkan untuk publik');
    await click(el, '.geo button');
    await until(() => $(el, '.geo [role=status]').textContent?.includes('Titik lokasi tersimpan'));
    await click(el, '#classification-aspiration');
    await choose(el, 'origin', 'mataram');
    const sent = await sentReports(async () => {
      await click(el, 'button[type=submit]');
      await until(() => root(el).querySelector('.tracking-id'));
    });
    expect(sent).to.have.length(1);
    expect(sent[0]).to.include({ classification: 'aspiration' });
    expect(sent[0]).to.deep.include({ reporterOrigin: { regionCode: '52.71' } });
    expect(sent[0]).not.to.have.any.keys('location', 'incidentDate');
    expect(JSON.stringify(sent[0])).not.to.contain('116.11');
  });
});

/** A chunk of a PNG: length, type, data and CRC-32. */
function pngChunk(kind: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...new TextEncoder().encode(kind), ...data]);
  let crc = ~0;
  for (const byte of body) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  const out = new Uint8Array(body.length + 8);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(out.length - 4, ~crc >>> 0);
  return out;
}

/** A JPEG segment: marker, length, payload. */
function segment(marker: number, payload: Uint8Array): Uint8Array {
  return new Uint8Array([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]);
}

/**
 * A 40×20 photo as a phone writes it: EXIF with the phone's make, an orientation (6: shown
 * rotated, 20×40) and a GPS position; XMP with the position again; a comment naming a place.
 */
async function phonePhoto(): Promise<File> {
  const canvas = new OffscreenCanvas(40, 20);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c00';
  context.fillRect(0, 0, 20, 20);
  context.fillStyle = '#00c';
  context.fillRect(20, 0, 20, 20);
  const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer());
  const tiff = new Uint8Array(114);
  const v = new DataView(tiff.buffer);
  tiff.set([0x4d, 0x4d, 0, 42, 0, 0, 0, 8]);
  v.setUint16(8, 3); // IFD0: Make, Orientation, GPS IFD pointer
  v.setUint16(10, 0x010f), v.setUint16(12, 2), v.setUint32(14, 10), v.setUint32(18, 50);
  v.setUint16(22, 0x0112), v.setUint16(24, 3), v.setUint32(26, 1), v.setUint16(30, 6);
  v.setUint16(34, 0x8825), v.setUint16(36, 4), v.setUint32(38, 1), v.setUint32(42, 60);
  tiff.set(new TextEncoder().encode('TestPhone\0'), 50);
  v.setUint16(60, 2); // GPS IFD: latitude ref, latitude
  v.setUint16(62, 0x0001), v.setUint16(64, 2), v.setUint32(66, 2), tiff.set([0x53, 0], 70);
  v.setUint16(74, 0x0002), v.setUint16(76, 5), v.setUint32(78, 3), v.setUint32(82, 90);
  [8, 1, 35, 1, 0, 1].forEach((n, i) => v.setUint32(90 + i * 4, n));
  const exif = segment(0xe1, new Uint8Array([...new TextEncoder().encode('Exif\0\0'), ...tiff]));
  const xmp = segment(0xe1, new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>8,35.0S</exif:GPSLatitude></x:xmpmeta>'));
  const comment = segment(0xfe, new TextEncoder().encode('Difoto di Mataram'));
  const bytes = new Uint8Array([...jpeg.subarray(0, 2), ...exif, ...xmp, ...comment, ...jpeg.subarray(2)]);
  return new File([bytes], 'IMG_0001.jpg', { type: 'image/jpeg' });
}

/** A PNG whose text chunk says where it was taken. */
async function pngWithText(): Promise<File> {
  const canvas = new OffscreenCanvas(30, 10);
  canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
  const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  const text = pngChunk('tEXt', new TextEncoder().encode('Comment\0Lokasi -8.58 116.11'));
  // After the signature (8) and IHDR (25).
  return new File([new Uint8Array([...png.subarray(0, 33), ...text, ...png.subarray(33)])], 'tangkapan.png', { type: 'image/png' });
}

/** The bytes the sandbox stored for the attachment the form uploaded (read from its database). */
async function storedBytes(name: string): Promise<Uint8Array<ArrayBuffer>> {
  const attachment = await until(() => draft()?.attachments?.find((a: { name: string }) => a.name === name));
  const base64 = await (await fetch(`/__lapor__/attachments/${attachment.id}`)).text();
  expect(base64).not.to.equal('');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('<lapor-form> photos leave the device without their metadata', () => {
  beforeEach(() => localStorage.clear());

  it('strips EXIF (GPS, phone model), XMP and comments from a small JPEG, keeping its orientation', async () => {
    const photo = await phonePhoto();
    const original = latin1(new Uint8Array(await photo.arrayBuffer()));
    // The test photo does carry what must go.
    expect(original).to.contain('TestPhone').and.contain('xmpmeta').and.contain('Mataram');
    const el = await form();
    drop(el, [photo]);
    await until(() => root(el).querySelector('.file.done'));
    const stored = await storedBytes('IMG_0001.jpg');
    const text = latin1(stored);
    expect(text).not.to.contain('TestPhone');
    expect(text).not.to.contain('xmpmeta');
    expect(text).not.to.contain('ns.adobe.com');
    expect(text).not.to.contain('Mataram');
    // No GPS IFD pointer (tag 0x8825) anywhere.
    expect(text).not.to.contain('\x88\x25');
    expect(stored.length).to.be.lessThan(photo.size);
    // Still the same picture, still upright: orientation 6 shows the 40×20 pixels as 20×40.
    const bitmap = await createImageBitmap(new Blob([stored], { type: 'image/jpeg' }), { imageOrientation: 'from-image' });
    expect([bitmap.width, bitmap.height]).to.deep.equal([20, 40]);
    expect($(el, '.file.done').textContent).not.to.contain('Foto diperkecil');
  });

  it('strips the text chunks of a PNG and keeps it a valid PNG', async () => {
    const el = await form();
    drop(el, [await pngWithText()]);
    await until(() => root(el).querySelector('.file.done'));
    const stored = await storedBytes('tangkapan.png');
    expect(latin1(stored)).not.to.contain('Lokasi');
    const bitmap = await createImageBitmap(new Blob([stored], { type: 'image/png' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([30, 10]);
  });

  it('cleans a photo an earlier version left in the outbox before sending it', async () => {
    const photo = await phonePhoto();
    const { keepFile } = await import('../src/shared/files.ts');
    await keepFile('dari-versi-lama', 'outbox', photo);
    const input = {
      classification: 'complaint',
      title: 'Jalan berlubang di depan SDN 3 Mataram',
      body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.',
      incidentDate: '2026-11-20',
      location: { regionCode: '52.71' },
      anonymous: false,
      confidential: false,
      reporter: { name: 'Siti Aminah', email: 'siti@example.id' },
    };
    localStorage.setItem(`lapor:outbox:${sandboxUrl}|pk_test_sandbox`, JSON.stringify([{ idempotencyKey: crypto.randomUUID(), input, files: ['dari-versi-lama'], remember: true, queuedAt: new Date().toISOString() }]));
    const el = await form();
    const trackingId = await until(() => root(el).querySelector('.tracking-id')?.textContent, 15000);
    const token = JSON.parse(localStorage.getItem(reportsKey)!)[0].reporterToken;
    const view = await (await fetch(`${sandboxUrl}/v1/complaints/${trackingId}`, { headers: { authorization: 'Bearer pk_test_sandbox', 'reporter-token': token } })).json();
    const base64 = await (await fetch(`/__lapor__/attachments/${view.attachments[0].id}`)).text();
    const text = atob(base64);
    expect(text.length).to.be.greaterThan(0);
    expect(text).not.to.contain('TestPhone');
    expect(text).not.to.contain('xmpmeta');
  });

  it('uploads other files unchanged', async () => {
    const el = await form();
    drop(el, [new File(['Catatan: lubang 30 cm.'], 'catatan.txt', { type: 'text/plain' })]);
    await until(() => root(el).querySelector('.file.done'));
    expect(new TextDecoder().decode(await storedBytes('catatan.txt'))).to.equal('Catatan: lubang 30 cm.');
  });
});

describe('<lapor-form> personal data in a public report', () => {
  beforeEach(() => localStorage.clear());

  for (const [what, text] of [
    ['a NIK', 'Petugas meminta KTP saya 5271012345670001 lalu menahannya selama dua jam.'],
    ['a phone number', 'Silakan hubungi saya di 0812-3456-7890 untuk keterangan lebih lanjut.'],
    ['an e-mail address', 'Balasan dapat dikirim ke siti.aminah@example.id kapan saja.'],
  ]) {
    it(`notes ${what} in the body and offers to make the report confidential`, async () => {
      const el = await form();
      await click(el, '#classification-complaint');
      await type(el, '#body', text!);
      const note = await until(() => root(el).querySelector('#body-exposure'));
      expect(note.textContent).to.contain('Isi laporan dapat dilihat publik');
      expect($(el, '#body').getAttribute('aria-describedby')).to.contain('body-exposure');
      await expect(el).shadowDom.to.be.accessible();
      await click(el, '#body-exposure button');
      await el.updateComplete;
      expect(($(el, '#confidential') as HTMLInputElement).checked).to.equal(true);
      expect(root(el).activeElement?.id).to.equal('confidential');
      expect(root(el).querySelector('#body-exposure')).to.equal(null);
    });
  }

  it('says nothing for ordinary numbers, and never stops the report', async () => {
    const el = await form();
    await fillComplaint(el);
    await type(el, '#body', 'Lubang sedalam 30 cm sejak 2026-11-20 di depan rumah nomor 12, jam 08.00 WIB, laporan 1916449.');
    await until(() => root(el).querySelector('#title') && $(el, '#body').getAttribute('aria-describedby'));
    await new Promise((r) => setTimeout(r, 100));
    expect(root(el).querySelector('#body-exposure')).to.equal(null);
    await type(el, '#title', 'Hubungi 081234567890 soal jalan berlubang');
    await until(() => root(el).querySelector('#title-exposure'));
    const before = (await sandboxStats()).complaints;
    await click(el, 'button[type=submit]');
    await until(() => root(el).querySelector('.tracking-id'));
    expect((await sandboxStats()).complaints).to.equal(before + 1);
  });

  it('says nothing when the report is already confidential', async () => {
    const el = await form();
    await click(el, '#confidential');
    await type(el, '#body', 'Hubungi saya di 081234567890.');
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(root(el).querySelector('#body-exposure')).to.equal(null);
  });
});

describe('<lapor-form> consent', () => {
  it('names who processes the data, and links the privacy notice of privacy-url', async () => {
    const el = await form({ 'privacy-url': 'https://dinas.example.go.id/privasi' });
    expect($(el, 'label[for=consent]').textContent).to.contain('pengelola SP4N-LAPOR! dan instansi penerima laporan');
    const link = $(el, 'a[href="https://dinas.example.go.id/privasi"]');
    expect(link.textContent).to.contain('Pemberitahuan privasi');
    await expect(el).shadowDom.to.be.accessible();
    const none = await form({ 'privacy-url': 'javascript:alert(1)' });
    expect(root(none).querySelector('a[target=_blank]')).to.equal(null);
  });

  it('words the privacy choices as LAPOR! defines them', async () => {
    const el = await form();
    expect($(el, '#anonymous-hint').textContent).to.equal('Identitas Anda tidak ditampilkan kepada publik maupun instansi; isi laporan tetap dapat dilihat publik.');
    expect($(el, '#body-hint').textContent).to.contain('Jangan cantumkan NIK atau nomor telepon; isi laporan dapat dilihat publik.');
    expect($(el, '#attachments-hint').textContent).to.contain('masing-masing paling besar 2 MB');
  });
});
