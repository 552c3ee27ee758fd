import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HOLD_REASON_CODES, HOLD_REASONS, STATUSES, STATUS_GROUP_LABELS, statusGroup } from '@lapor/client/contract';

describe('public status groups', () => {
  it('waiting = submitted/on_hold, in process = forwarded/followed_up, done = closed, as on lapor.go.id', () => {
    assert.deepEqual(
      Object.fromEntries(STATUSES.map((status) => [status, statusGroup(status)])),
      {
        submitted: 'waiting',
        on_hold: 'waiting',
        forwarded: 'in_process',
        followed_up: 'in_process',
        closed: 'done',
        archived: 'done',
        escalated: 'in_process',
      },
    );
  });

  it('is undefined for a status this client does not know, even an inherited property name', () => {
    assert.equal(statusGroup('reopened'), undefined);
    assert.equal(statusGroup('toString'), undefined);
  });

  it('labels the groups as lapor.go.id does', () => {
    assert.deepEqual(STATUS_GROUP_LABELS, {
      waiting: { id: 'Menunggu', en: 'Waiting' },
      in_process: { id: 'Diproses', en: 'In process' },
      done: { id: 'Selesai', en: 'Done' },
    });
  });
});

describe('hold reasons', () => {
  it('have stable codes and a label in both languages', () => {
    assert.deepEqual(HOLD_REASON_CODES, ['incomplete_data', 'unclear_content', 'missing_evidence']);
    assert.deepEqual(Object.keys(HOLD_REASONS), [...HOLD_REASON_CODES]);
    for (const code of HOLD_REASON_CODES) {
      assert.ok(HOLD_REASONS[code].id.length > 5 && HOLD_REASONS[code].en.length > 5, code);
      assert.notEqual(HOLD_REASONS[code].id, HOLD_REASONS[code].en);
    }
  });
});
