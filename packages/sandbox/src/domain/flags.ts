// LAPOR! admins may mark a report anonymous or confidential while they verify it, for
// instance when it names other people or the reporter is at risk. They add protection:
// a flag the reporter set is never taken away by an admin.
import { ProblemError } from '../http/problem.ts';
import { requireComplaint } from './complaints.ts';
import type { State } from './state.ts';

/** Flags an admin asks for; an absent flag stays as it is. */
export interface ProtectionFlags {
  anonymous?: boolean | undefined;
  confidential?: boolean | undefined;
}

/**
 * Sets the flags of a report under verification (submitted or held), in the caller's
 * transaction. Refuses to clear a flag that is set, and to change anything once the
 * report has been disposed (it may already have been read under the old flags).
 */
export function protect(state: State, trackingId: string, flags: ProtectionFlags): { anonymous: boolean; confidential: boolean } {
  const row = requireComplaint(state, trackingId);
  if (row.status !== 'submitted' && row.status !== 'on_hold') {
    // Worded like the lifecycle's refusals: the state in words, never a raw status code.
    throw new ProblemError('invalid_transition', {
      detail: {
        id: `Laporan #${row.tracking_id} sudah diverifikasi; tanda anonim dan rahasia hanya dapat diatur selama verifikasi.`,
        en: `Report #${row.tracking_id} has been verified; the anonymous and confidential flags can be set only during verification.`,
      },
    });
  }
  const errors = (['anonymous', 'confidential'] as const)
    .filter((flag) => flags[flag] === false && row[flag] === 1)
    .map((flag) => ({
      path: flag,
      code: 'invalid_option',
      message: {
        id: `Admin hanya dapat menambah perlindungan: tanda ${flag === 'anonymous' ? 'anonim' : 'rahasia'} yang dipilih pelapor tidak dapat dihapus.`,
        en: `Admins can only add protection: the ${flag} flag the reporter chose cannot be removed.`,
      },
    }));
  if (errors.length) throw new ProblemError('validation_failed', { errors });
  const anonymous = flags.anonymous ?? row.anonymous === 1;
  const confidential = flags.confidential ?? row.confidential === 1;
  // updated_at moves so that an agency syncing with updatedSince sees the new flags.
  state.db.run(
    'UPDATE complaints SET anonymous = ?, confidential = ?, updated_at = ? WHERE tracking_id = ?',
    anonymous ? 1 : 0,
    confidential ? 1 : 0,
    state.clock.now(),
    row.tracking_id,
  );
  return { anonymous, confidential };
}
