// Plots tell the truth on the page: series against their x values with axes fitted to the data
// and nice ticks, legends that never cover data, one colour per named series across a
// landscape and its loss plot, subplots side by side, histograms, bars (up and across),
// bands, error bars, reference lines, texts, annotations, ticks set and turned, and images;
// text never below 11 px, on a desktop and on a phone (where a plot scrolls rather
// than shrink); every plot labelled with its text alternative.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';
import { codeCell, openLessonFile, runAll } from './notebook.mjs';

const PLOTS = fileURLToPath(new URL('fixtures/plots.md', import.meta.url));

let harness;
let page;
let problems;
before(async () => {
  harness = await startHarness();
  ({ page, problems } = await openLessonFile(harness, PLOTS));
  await runAll(page);
  await harness.screenshot(page, 'plots-desktop');
});
after(() => harness?.close());

const figure = (cell) => codeCell(page, cell).locator('svg.figure-svg');
const ticks = (svg, axis) => svg.locator(`.figure-tick[data-axis="${axis}"]`).allTextContents();

// The data points a legend box covers, in screen pixels: circles, and points every 2 pixels
// along lines, paths, bars and reference lines.
async function coveredByLegend(svg) {
  return svg.evaluate((root) => root.querySelectorAll('.figure-legend').length === 0 ? [] : [...root.querySelectorAll('.figure-legend')].flatMap((legend) => {
    const box = legend.querySelector('rect').getBoundingClientRect();
    const panel = legend.closest('.figure-panel');
    const inside = ({ x, y }) => x > box.left && x < box.right && y > box.top && y < box.bottom;
    const points = [];
    for (const shape of panel.querySelectorAll('.figure-line, .figure-point, .figure-bar, .figure-fill, .figure-errorbar line, .figure-annotation-arrow, .figure-reference, .figure-path-step')) {
      const matrix = shape.getScreenCTM();
      const length = shape.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const p = shape.getPointAtLength(at).matrixTransform(matrix);
        if (inside(p)) points.push([shape.getAttribute('class'), Math.round(p.x), Math.round(p.y)]);
      }
    }
    return points;
  }));
}

test('every plotting cell runs without error', async () => {
  const states = await page.locator('.cell-code').evaluateAll((cells) => cells.map((c) => c.dataset.state));
  assert.deepEqual(states, ['done', 'done', 'done', 'done', 'done', 'done', 'done']);
  assert.deepEqual(problems, []);
});

test('a loss against its error runs along the errors given, from -4 to 4, with round ticks', async () => {
  const svg = figure(0);
  assert.deepEqual(await ticks(svg, 'x'), ['−4', '−3', '−2', '−1', '0', '1', '2', '3', '4']);
  assert.deepEqual(await ticks(svg, 'y'), ['0', '5', '10', '15']);
  assert.deepEqual(await svg.locator('.figure-legend text').allTextContents(), ['squared error', 'absolute error']);
  assert.deepEqual(await coveredByLegend(svg), []);
});

test('the text alternative states the series and the ranges', async () => {
  assert.equal(await figure(0).getAttribute('role'), 'img');
  assert.equal(await figure(0).getAttribute('aria-label'),
    'Plot “loss against error”. x axis “error” from -4.4 to 4.4; y axis “loss” from -0.8 to 16.8. 2 series: '
    + 'squared error (line), 33 points, x from -4 to 4, y from 0 to 16; absolute error (line), 33 points, x from -4 to 4, y from 0 to 4.');
});

test('subplots(1, 2) draws two panels side by side under the figure title', async () => {
  const svg = figure(1);
  assert.equal(await svg.locator('.figure-panel').count(), 2);
  assert.equal(await svg.locator('.figure-suptitle').textContent(), 'a run');
  assert.deepEqual(await svg.locator('.figure-panel .figure-title').allTextContents(), ['loss', 'weights']);
  const [left, right] = await svg.locator('.figure-panel').evaluateAll((panels) => panels.map((p) => p.getBoundingClientRect().left));
  assert.ok(right > left + 250, `${left} ${right}`);
  assert.equal(await svg.locator('.figure-panel').nth(1).locator('.figure-bar').count(), 20);
  assert.deepEqual(await ticks(svg.locator('.figure-panel').first(), 'x'), ['0', '1', '2', '3']);
  assert.deepEqual(await coveredByLegend(svg), []);
});

test('bars of categories carry their names as ticks; the reference line, grid and limits are drawn', async () => {
  const svg = figure(2);
  assert.deepEqual(await ticks(svg, 'x'), ['cat', 'dog', 'bird']);
  assert.deepEqual(await ticks(svg, 'y'), ['0', '1', '2', '3', '4']);
  assert.equal(await svg.locator('.figure-bar').count(), 3);
  assert.equal(await svg.locator('.figure-layer-hline').count(), 1);
  assert.ok(await svg.locator('.figure-grid line').count() > 0);
  assert.deepEqual(await coveredByLegend(svg), []);
});

test('a named series has one colour on the landscape and on its loss plot', async () => {
  const cell = codeCell(page, 3);
  const [landscape, losses] = [cell.locator('svg.figure-svg').nth(0), cell.locator('svg.figure-svg').nth(1)];
  const onMap = await landscape.locator('.figure-layer-path').evaluateAll((ls) => ls.map((l) => l.dataset.color));
  const onPlot = await losses.locator('.figure-layer-line').evaluateAll((ls) => ls.map((l) => l.dataset.color));
  assert.deepEqual(await landscape.locator('.figure-legend text').allTextContents(), ['SGD', 'Adam']);
  assert.deepEqual(await losses.locator('.figure-legend text').allTextContents(), ['Adam', 'SGD']);
  assert.deepEqual(onMap, [onPlot[1], onPlot[0]]);
  assert.notEqual(onMap[0], onMap[1]);
});

test('a landscape keeps its legend off the map, below it', async () => {
  const landscape = codeCell(page, 3).locator('svg.figure-svg').first();
  const [map, legend] = await Promise.all([landscape.locator('.figure-frame'), landscape.locator('.figure-legend rect')]
    .map((l) => l.evaluate((e) => e.getBoundingClientRect().toJSON())));
  assert.ok(legend.top >= map.bottom, `legend ${legend.top} map ${map.bottom}`);
});

test('imshow on three axes draws three images', async () => {
  const svg = figure(4);
  assert.equal(await svg.locator('.figure-panel').count(), 3);
  assert.equal(await svg.locator('image.figure-image').count(), 3);
  assert.deepEqual(await svg.locator('.figure-title').allTextContents(), ['image 0', 'image 1', 'image 2']);
});

test('with lines in the corners the legend still finds a spot free of data, or goes outside', async () => {
  assert.deepEqual(await coveredByLegend(figure(5)), []);
});

test('matplotlib\'s band, error bars, horizontal bars, texts and ticks are drawn, and the legend leaves them free', async () => {
  const panel = figure(6).locator('.figure-panel').first();
  const fill = panel.locator('.figure-fill');
  assert.equal(await fill.count(), 1);
  assert.equal(await fill.getAttribute('fill'), await panel.locator('.figure-line').getAttribute('stroke'), 'a band in its line\'s colour');
  assert.equal(await fill.getAttribute('fill-opacity'), '0.25');
  const errorbars = panel.locator('.figure-layer-errorbar');
  assert.equal(await errorbars.locator('.figure-errorbar').count(), 4);
  assert.equal(await errorbars.locator('.figure-errorbar-cap').count(), 8);
  assert.equal(await errorbars.locator('.figure-point').count(), 4);
  assert.equal(await errorbars.locator('.figure-line').count(), 0, 'fmt="o": points only');
  assert.deepEqual(await panel.locator('.figure-legend text').allTextContents(), ['mean', '±0.4', 'runs']);
  assert.deepEqual(await panel.locator('.figure-note').allTextContents(), ['5 runs', 'last']);
  const [frame, corner, last, arrow] = await Promise.all(['.figure-frame', '.figure-layer-text text', '.figure-layer-annotation text', '.figure-annotation-arrow']
    .map((selector) => panel.locator(selector).evaluate((e) => e.getBoundingClientRect().toJSON())));
  assert.ok(corner.left > frame.left && corner.top > frame.top && corner.left < frame.left + 30, 'transAxes: the upper left corner');
  assert.ok(arrow.right > last.right && arrow.top < last.top, 'the arrow runs from the text up to the point');
  assert.deepEqual(await coveredByLegend(figure(6)), []);
  const across = figure(6).locator('.figure-panel').nth(1);
  assert.deepEqual(await ticks(across, 'y'), ['relu', 'tanh', 'sigmoid']);
  const bars = await across.locator('.figure-layer-barh .figure-bar').evaluateAll((rects) => rects.map((r) => { const { x, width, height } = r.getBBox(); return { x, width, height }; }));
  assert.equal(bars.length, 3);
  assert.ok(bars.every((bar) => bar.width > bar.height && bar.x === bars[0].x), 'bars across, from one baseline');
  assert.deepEqual(await ticks(panel, 'x'), ['start', 'middle', 'end']);
  assert.deepEqual(await ticks(across, 'x'), ['none', 'half', 'all']);
  const turned = await across.locator('.figure-tick[data-axis="x"]').evaluateAll((labels) => labels.map((l) => l.getAttribute('transform')));
  assert.ok(turned.every((t) => t.startsWith('rotate(-45,')), turned.join(' '));
  const [label, lowest] = await Promise.all([across.locator('.figure-label'), across.locator('.figure-tick[data-axis="x"]').last()]
    .map((l) => l.evaluate((e) => e.getBoundingClientRect().toJSON())));
  assert.ok(label.top >= lowest.bottom, `the x label ${label.top} sits below the turned ticks ${lowest.bottom}`);
});

test('no text of a plot is smaller than 11 px, on a desktop and on a phone, where plots scroll sideways', async () => {
  const smallest = () => page.locator('svg.figure-svg text').evaluateAll((texts) =>
    Math.min(...texts.map((t) => t.getBoundingClientRect().height ? parseFloat(getComputedStyle(t).fontSize) * Math.hypot(t.getScreenCTM().a, t.getScreenCTM().b) : Infinity)));
  assert.ok(await smallest() >= 11, `desktop: ${await smallest()}`);
  await page.setViewportSize({ width: 390, height: 844 });
  assert.ok(await smallest() >= 11, `phone: ${await smallest()}`);
  const wrapper = codeCell(page, 0).locator('.figure');
  assert.ok(await wrapper.evaluate((w) => w.scrollWidth > w.clientWidth), 'the plot scrolls');
  await harness.screenshot(page, 'plots-phone');
  await page.setViewportSize({ width: 1100, height: 900 });
});
