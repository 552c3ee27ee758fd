// References from a complaint to the directory, as `{ id, name }`. The projections of a
// complaint (public, reporter, agency, admin) live in views.ts, driven by the visibility
// table; the lifecycle in lifecycle.ts; rows and their checks in rows.ts.
import { ProblemError } from '../http/problem.ts';
import type { State } from './state.ts';

export { findComplaint, requireComplaint, type ComplaintRow } from './rows.ts';

export function reference(state: State, table: 'institutions' | 'categories', id: string | null) {
  if (!id) return null;
  return state.db.get<{ id: string; name: string }>(`SELECT id, name FROM ${table} WHERE id = ?`, id) ?? null;
}

/** A stored institution as `{ id, name }`, or a 422 naming the field. */
export function institutionReference(state: State, id: string, path = 'institutionId') {
  const found = reference(state, 'institutions', id);
  if (!found) {
    throw new ProblemError('validation_failed', {
      errors: [
        { path, code: 'invalid_id', message: { id: `Instansi "${id}" tidak ditemukan. Pilih dari daftar.`, en: `Institution "${id}" was not found. Choose one from the list.` } },
      ],
    });
  }
  return found;
}
