// The chart of <lapor-stats> as numbers, in Node: the scale and where each bar goes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HEIGHT, SLOT, chartGeometry, niceMax } from '../src/stats/geometry.ts';

describe('the bar chart of <lapor-stats>', () => {
  it('tops the scale at a round number at least as large as every figure', () => {
    assert.deepEqual([0, 1, 2, 3, 7, 10, 11, 19, 20, 21, 49, 51, 101, 999].map(niceMax), [1, 1, 2, 5, 10, 10, 20, 20, 20, 50, 50, 100, 200, 1000]);
  });

  it('gives each month a slot, the received bar inside it and the on-time bar inside that, scaled to the top', () => {
    const geometry = chartGeometry({
      months: [
        { month: '2026-10', received: 8, onTime: 6 },
        { month: '2026-11', received: 20, onTime: 5 },
        { month: '2026-12', received: 0, onTime: 0 },
      ],
    });
    assert.equal(geometry.width, 3 * SLOT);
    assert.equal(geometry.height, HEIGHT);
    assert.equal(geometry.max, 20);
    assert.deepEqual(geometry.ticks, [0, 10, 20]);
    assert.deepEqual(geometry.tickY, [HEIGHT, HEIGHT / 2, 0]);
    const [october, november, december] = geometry.months;
    // 8 of 20 is 40 units of 100, standing on the baseline; 6 of 20 is 30.
    assert.deepEqual(october!.received, { x: 1.5, y: 60, width: 7, height: 40 });
    assert.deepEqual(october!.onTime, { x: 3.25, y: 70, width: 3.5, height: 30 });
    assert.equal(november!.received.height, HEIGHT);
    assert.equal(november!.received.x, SLOT + 1.5);
    assert.equal(december!.received.height, 0);
    assert.equal(december!.received.y, HEIGHT);
  });

  it('draws an empty period on a scale of 1, with no half-way line', () => {
    const geometry = chartGeometry({ months: [{ month: '2026-11', received: 0, onTime: 0 }] });
    assert.equal(geometry.max, 1);
    assert.deepEqual(geometry.ticks, [0, 1]);
    assert.equal(chartGeometry({ months: [] }).width, SLOT);
  });
});
