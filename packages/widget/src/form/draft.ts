// The draft on the device: what the citizen typed survives a reload, a closed tab or a
// flat battery, for `draft-days` after the last change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readJson, writeJson } from '../shared/storage.ts';
import type { Draft } from './model.ts';

const DAY_MS = 86_400_000;

/** Where the draft is kept, and for how many days (`0`: no draft at all). */
export interface DraftPlace {
  key: string;
  days: number;
}

/**
 * Keeps the form's draft in local storage: saved a moment after each change (not on every
 * keystroke), read back once on the first render, removed when the report is sent or the
 * citizen starts again. A Lit reactive controller: a pending save stops with the element.
 */
export class DraftController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly place: () => DraftPlace;

  constructor(host: ReactiveControllerHost, place: () => DraftPlace) {
    this.place = place;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Whether drafts are kept at all. */
  get enabled(): boolean {
    return this.place().days > 0;
  }

  /**
   * The draft, unless it is older than its days after its last change: then it is removed
   * (as with days 0) and `removed` is called, so that what was kept with it goes too.
   */
  load(removed: () => void): Draft | undefined {
    const { key, days } = this.place();
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

  /** Saves shortly, once the citizen pauses: `draft` is read then, so it is the latest. */
  saveSoon(draft: () => Draft): void {
    if (!this.enabled) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => writeJson(this.place().key, draft()), 400);
  }

  /** Saves at once (a report queued offline keeps its idempotency key in the draft). */
  saveNow(draft: Draft): void {
    clearTimeout(this.#timer);
    if (this.enabled) writeJson(this.place().key, draft);
  }

  /** Removes the draft (sent, or the citizen starts again). */
  clear(): void {
    clearTimeout(this.#timer);
    writeJson(this.place().key, undefined);
  }
}
