// Files not yet uploaded, kept on the device in IndexedDB so that a reload or a lost
// connection does not lose a citizen's photos. At most the contract's number of files per
// form, each within the upload limit (photos are made smaller first): about 10 MB at most.
// Best effort: where IndexedDB is missing, private or full, files stay in memory only.
// A file left for 30 days (the citizen never came back) is dropped: photos of a complaint
// should not linger on a shared device.

interface Kept {
  id: string;
  scope: string;
  file: File;
  at: number;
}

/**
 * A kept file as IndexedDB holds it: the File itself, or its bytes where the engine cannot
 * store a Blob (Safari's private browsing, and WebKit's automation sessions, refuse with
 * "Error preparing Blob/File data"): bytes in an ArrayBuffer store everywhere.
 */
type Stored = Kept | (Omit<Kept, 'file'> & { bytes: ArrayBuffer; name: string; type: string; lastModified: number });

function revive(stored: Stored): Kept {
  if ('file' in stored) return stored;
  const { bytes, name, type, lastModified, ...rest } = stored;
  return { ...rest, file: new File([bytes], name, { type, lastModified }) };
}

const memory = new Map<string, Kept>();
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;
let opened: Promise<IDBDatabase | undefined> | undefined;

function database(): Promise<IDBDatabase | undefined> {
  return (opened ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open('lapor-widget', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('files', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  }));
}

async function store<T>(mode: IDBTransactionMode, use: (files: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await database();
  return new Promise((resolve) => {
    try {
      const transaction = db!.transaction('files', mode);
      const request = use(transaction.objectStore('files'));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** Keeps (or moves to another scope) a file waiting to be uploaded. */
export async function keepFile(id: string, scope: string, file: File): Promise<void> {
  const kept = { id, scope, file, at: memory.get(id)?.at ?? Date.now() };
  memory.set(id, kept);
  if ((await store('readwrite', (files) => files.put(kept))) !== undefined) return;
  const { name, type, lastModified } = file;
  const bytes = await file.arrayBuffer();
  // Uploaded or removed while the bytes were read: writing them now would keep a file
  // nobody waits for (seen in WebKit, where the first write always fails).
  if (memory.get(id) !== kept) return;
  await store('readwrite', (files) => files.put({ id, scope, at: kept.at, bytes, name, type, lastModified } satisfies Stored));
}

export async function dropFile(id: string): Promise<void> {
  memory.delete(id);
  await store('readwrite', (files) => files.delete(id));
}

/** The files kept under a scope, oldest first (and any file kept too long, of any scope, dropped). */
export async function keptFiles(scope: string): Promise<Array<{ id: string; file: File }>> {
  const found = new Map<string, Kept>();
  for (const stored of (await store<Stored[]>('readonly', (files) => files.getAll())) ?? []) found.set(stored.id, revive(stored));
  for (const kept of memory.values()) found.set(kept.id, kept);
  const fresh: Kept[] = [];
  for (const kept of found.values()) {
    if (Date.now() - kept.at > KEEP_MS) await dropFile(kept.id);
    else if (kept.scope === scope) fresh.push(kept);
  }
  return fresh.sort((a, b) => a.at - b.at);
}

export async function keptFile(id: string): Promise<File | undefined> {
  if (memory.has(id)) return memory.get(id)!.file;
  const stored = await store<Stored | undefined>('readonly', (files) => files.get(id));
  return stored && revive(stored).file;
}

/** Drops every file kept on the device (of every scope), or those of one scope. */
export async function forgetFiles(scope?: string): Promise<void> {
  const found = (await store<Kept[]>('readonly', (files) => files.getAll())) ?? [];
  for (const kept of [...found, ...memory.values()]) if (!scope || kept.scope === scope) await dropFile(kept.id);
}
