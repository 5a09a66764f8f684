// A figure's layout: its axes show "nice" ticks within the limits the figure gives (never
// beyond them), named categories as their names; the legend sits inside only on a spot that
// covers no data, and goes outside when every spot would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scaleLinear, scaleLog } from 'd3-scale';

import { alongPolyline, axisTicks, legendPlace } from '../../web/app/outputs/figure-layout.js';

const labels = (ticks) => ticks.map(({ label }) => label);

test('ticks are round numbers inside the limits, about 70 pixels apart or closer', () => {
  const x = scaleLinear().domain([-4.4, 4.4]).range([0, 552]);
  assert.deepEqual(labels(axisTicks(x, 552)), ['−4', '−3', '−2', '−1', '0', '1', '2', '3', '4']);
  const y = scaleLinear().domain([-0.8, 16.8]).range([300, 0]);
  assert.deepEqual(labels(axisTicks(y, 300, { spacing: 60 })), ['0', '5', '10', '15']);
});

test('a narrow axis gets fewer ticks', () => {
  const x = scaleLinear().domain([-0.15, 3.15]).range([0, 232]);
  assert.deepEqual(labels(axisTicks(x, 232)), ['0', '1', '2', '3']);
  const wide = scaleLinear().domain([-0.15, 3.15]).range([0, 552]);
  assert.deepEqual(labels(axisTicks(wide, 552)), ['0.0', '0.5', '1.0', '1.5', '2.0', '2.5', '3.0']);
});

test('a log axis shows powers of ten', () => {
  const y = scaleLog().domain([0.5, 2000]).range([300, 0]);
  assert.deepEqual(labels(axisTicks(y, 300, { spacing: 60, log: true })).filter((l) => /^1/.test(l)), ['1', '10', '100', '1000']);
});

test('named categories are ticked with their names', () => {
  const x = scaleLinear().domain([-0.54, 2.54]).range([0, 552]);
  const ticks = axisTicks(x, 552, { categories: [[0, 'cat'], [1, 'dog'], [2, 'bird']] });
  assert.deepEqual(ticks, [{ value: 0, label: 'cat' }, { value: 1, label: 'dog' }, { value: 2, label: 'bird' }]);
});

const plot = { width: 552, height: 300 };
const size = { width: 120, height: 48 };

test('with the upper right corner free, the legend goes there', () => {
  const falling = alongPolyline([[0, 0], [552, 300]]);
  assert.deepEqual(legendPlace(size, plot, falling), { inside: true, x: 8 + 552 - 120 - 16, y: 8 });
});

test('a rising line sends the legend to the upper left', () => {
  const rising = alongPolyline([[0, 300], [552, 0]]);
  assert.deepEqual(legendPlace(size, plot, rising), { inside: true, x: 8, y: 8 });
});

test('the legend never covers a bar', () => {
  const bars = [{ x: 400, y: 0, width: 152, height: 300 }, { x: 0, y: 100, width: 200, height: 200 }];
  const place = legendPlace(size, plot, bars);
  assert.equal(place.inside, true);
  assert.ok(place.x + size.width <= 400 && place.x >= 200 || place.y + size.height <= 100, JSON.stringify(place));
});

test('when every spot holds data, the legend goes outside', () => {
  const everywhere = [];
  for (let x = 0; x <= 552; x += 20) for (let y = 0; y <= 300; y += 20) everywhere.push([x, y]);
  assert.deepEqual(legendPlace(size, plot, everywhere), { inside: false });
  assert.deepEqual(legendPlace(size, plot, [{ x: 0, y: 0, width: 552, height: 300 }]), { inside: false });
});

test('a line between far-apart points is followed, not only its ends', () => {
  const points = alongPolyline([[0, 0], [40, 0]], 4);
  assert.equal(points.length, 11);
  assert.deepEqual(points[5], [20, 0]);
});
