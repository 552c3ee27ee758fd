import Holidays from 'date-holidays';

/** Indonesia's western time (WIB, UTC+7): the calendar LAPOR! counts working days in. */
const WIB_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** `YYYY-MM-DD` of an instant in WIB. */
export function wibDate(at: number): string {
  return new Date(at + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO 8601 with the WIB offset, e.g. `2026-11-27T09:00:00+07:00`. */
export function wibDateTime(at: number): string {
  return `${new Date(at + WIB_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The instant a WIB calendar day starts. */
export function startOfWibDay(date: string): number {
  return Date.parse(`${date}T00:00:00+07:00`);
}

/**
 * Working days: not Saturday or Sunday, not an Indonesian public holiday (from the
 * date-holidays library), not one of the configured collective-leave days (cuti bersama,
 * decided each year by joint ministerial decree).
 */
export class WorkingCalendar {
  readonly #holidays = new Holidays('ID');
  readonly #extra: Set<string>;
  readonly #years = new Map<number, Set<string>>();

  constructor(collectiveLeave: readonly string[] = []) {
    this.#extra = new Set(collectiveLeave);
  }

  #publicHolidays(year: number): Set<string> {
    let days = this.#years.get(year);
    if (!days) {
      days = new Set(
        this.#holidays
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      this.#years.set(year, days);
    }
    return days;
  }

  isWorkingDay(date: string): boolean {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    if (this.#extra.has(date)) return false;
    return !this.#publicHolidays(Number(date.slice(0, 4))).has(date);
  }

  /** The date `days` working days after the WIB date of `from`. */
  addWorkingDays(from: number, days: number): string {
    let date = wibDate(from);
    let left = days;
    while (left > 0) {
      date = nextDate(date);
      if (this.isWorkingDay(date)) left--;
    }
    return date;
  }

  /**
   * Working days from the WIB date of `from` to that of `to`: the working days after the
   * first date up to and including the second, where a `to` on a non-working day counts as
   * the next working day (a follow-up posted on Saturday is read on Monday). 0 on the same
   * date. So a follow-up is within the service level exactly when this is at most
   * `SERVICE_LEVELS.followUpWorkingDays`, as its due date (`addWorkingDays`) says.
   */
  workingDaysBetween(from: number, to: number): number {
    const start = wibDate(from);
    let end = wibDate(to);
    if (end <= start) return 0;
    while (!this.isWorkingDay(end)) end = nextDate(end);
    let days = 0;
    for (let date = nextDate(start); date <= end; date = nextDate(date)) if (this.isWorkingDay(date)) days++;
    return days;
  }
}

/** The calendar day after a `YYYY-MM-DD` date. */
function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export { DAY_MS };
