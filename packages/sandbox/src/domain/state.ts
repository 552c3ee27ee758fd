import type { Database } from '../db/database.ts';
import type { WorkingCalendar } from './calendar.ts';
import type { Clock } from './clock.ts';

/** What the domain functions share: storage, time and settings. */
export interface State {
  db: Database;
  clock: Clock;
  calendar: WorkingCalendar;
  /** The public page of a report. */
  publicUrl(trackingId: string): string;
  /** Called after a transaction that queued webhook deliveries. */
  wake(): void;
}
