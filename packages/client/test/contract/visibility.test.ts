// The promises LAPOR! makes about its flags, checked on the table itself: the sandbox
// tests check the server against the table, these check the table against the promises.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  FACETS,
  VISIBILITY_TABLE,
  approximateRegion,
  roundCoordinate,
  visibility,
  widestExposure,
  type Exposure,
  type Facet,
  type Viewer,
  type VisibilityCell,
} from '@lapor/client/contract';

const RANK: Record<Exposure, number> = { hidden: 0, approximate: 1, shown: 2 };
const cells = (viewer: Viewer) => VISIBILITY_TABLE.filter((cell) => cell.viewer === viewer);
const same = (a: VisibilityCell, b: VisibilityCell) =>
  a.stage === b.stage && a.anonymous === b.anonymous && a.confidential === b.confidential;
const IDENTITY: Facet[] = ['reporterName', 'reporterContact'];

describe('the visibility table keeps LAPOR!’s promises', () => {
  it('confidential: nothing for the public', () => {
    for (const cell of cells('public').filter((c) => c.confidential)) assert.equal(cell.visible, false);
  });

  it('anonymous: the report stays public once disposed, the identity hidden from the public and every institution', () => {
    for (const cell of cells('public').filter((c) => c.anonymous && !c.confidential && c.stage === 'disposed')) assert.equal(cell.visible, true);
    for (const viewer of ['public', 'host_agency', 'disposition', 'redirected_from', 'agency_submitter'] as const) {
      for (const cell of cells(viewer).filter((c) => c.anonymous)) {
        for (const facet of IDENTITY) assert.equal(cell.facets[facet], 'hidden', `${viewer} ${facet}`);
      }
    }
  });

  it('the public never sees who reported, nor the exact point, nor anything before verification', () => {
    for (const cell of cells('public')) {
      for (const facet of IDENTITY) assert.equal(cell.facets[facet], 'hidden');
      assert.notEqual(cell.facets.locationCoordinates, 'shown');
      if (cell.stage === 'unverified') assert.equal(cell.visible, false);
    }
  });

  it('the comment of a rating is for the reporter, admins and the institutions following the report, never the public', () => {
    for (const viewer of ['public', 'host_agency', 'redirected_from'] as const) {
      for (const cell of cells(viewer)) assert.equal(cell.facets.ratingComment, 'hidden', viewer);
    }
    for (const cell of cells('disposition')) assert.equal(cell.facets.ratingComment, cell.stage === 'disposed' ? 'shown' : 'hidden');
    for (const cell of cells('agency_submitter')) assert.equal(cell.facets.ratingComment, 'shown');
  });

  it('hosting the form or having lost the report by redirection grants no more than the public', () => {
    for (const viewer of ['host_agency', 'redirected_from'] as const) {
      for (const cell of cells(viewer)) {
        const asPublic = cells('public').find((c) => same(c, cell))!;
        for (const facet of FACETS) assert.ok(RANK[cell.facets[facet]] <= RANK[asPublic.facets[facet]], `${viewer} ${facet}`);
      }
    }
  });

  it('the disposition institution reads what it must act on, confidential too, and nothing before it is disposed', () => {
    for (const cell of cells('disposition')) {
      assert.equal(cell.visible, cell.stage === 'disposed');
      if (cell.stage === 'disposed') for (const facet of ['title', 'body', 'locationCoordinates', 'attachments', 'timeline'] as const) assert.equal(cell.facets[facet], 'shown');
    }
  });

  it('the reporter and admins see everything, always', () => {
    for (const viewer of ['reporter', 'admin'] as const) {
      for (const cell of cells(viewer)) for (const facet of FACETS) assert.equal(cell.facets[facet], 'shown');
    }
  });

  it('a caller with several roles gets the widest share per facet', () => {
    const situation = { stage: 'disposed', anonymous: false, confidential: true } as const;
    const host = visibility({ viewer: 'host_agency', ...situation });
    const handling = visibility({ viewer: 'disposition', ...situation });
    assert.deepEqual(widestExposure([host, handling]), handling);
    assert.equal(widestExposure([]).title, 'hidden');
  });

  it('rounds coordinates to 3 decimals (about 100 m)', () => {
    assert.equal(roundCoordinate(-8.583456), -8.583);
    assert.equal(roundCoordinate(116.116789), 116.117);
  });

  it("cuts the reporter's area of an anonymous report to its regency or city", () => {
    assert.equal(approximateRegion('52.71.01'), '52.71');
    assert.equal(approximateRegion('52.71.01.1001'), '52.71');
    assert.equal(approximateRegion('52.71'), '52.71');
    assert.equal(approximateRegion('52'), '52');
    for (const cell of cells('disposition').filter((c) => c.visible)) {
      assert.equal(cell.facets.reporterOrigin, cell.anonymous ? 'approximate' : 'shown');
    }
    for (const cell of cells('public')) assert.equal(cell.facets.reporterOrigin, 'hidden');
  });
});
