// Rich outputs drawn by the page: the computational graph with its node names, values and traced
// gradients, the chain rule in KaTeX, a tensor's table and text, the landscape, and a
// matplotlib loss curve.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';
import { codeCell, openLessonFile, runAll } from './notebook.mjs';

const RICH = fileURLToPath(new URL('fixtures/rich-outputs.md', import.meta.url));

let harness;
let page;
let problems;
before(async () => {
  harness = await startHarness();
  ({ page, problems } = await openLessonFile(harness, RICH));
  await runAll(page);
  await harness.screenshot(page, 'rich-outputs');
});
after(() => harness?.close());

test('every cell of the rich-outputs lesson runs without error', async () => {
  const states = await page.locator('.cell-code').evaluateAll((cells) => cells.map((c) => c.dataset.state));
  assert.deepEqual(states, ['done', 'done', 'done', 'done', 'done', 'done', 'done']);
  assert.deepEqual(problems, []);
});

test('the graph is an SVG with the grad_fn names, the leaves with values and grads, and edge gradients', async () => {
  const svg = codeCell(page, 0).locator('svg.graph-svg');
  const names = await svg.locator('.graph-node').evaluateAll((nodes) => nodes.map((n) => n.dataset.name).sort());
  assert.deepEqual(names, ['AddBackward0', 'AddBackward0', 'MulBackward0', 'MulBackward0', 'PowBackward0', 'x', 'y', 'z']);
  const leafX = svg.locator('.graph-node-leaf[data-name="x"]');
  assert.deepEqual(await leafX.locator('text').allTextContents(), ['x', 'AccumulateGrad', '[1., 2., 3.]', 'grad [ 6., 12., 18.]']);
  assert.deepEqual(await svg.locator('.graph-node-tensor text').allTextContents(), ['z', '[16., 27., 44.]']);
  const grads = await svg.locator('.graph-edge').evaluateAll((edges) => edges.map((e) => e.dataset.grad).sort());
  assert.deepEqual(grads, ['[ 6., 12., 18.]', '[1., 1., 1.]', '[1., 1., 1.]', '[1., 1., 1.]', '[1., 1., 1.]', '[2., 2., 2.]', '[3., 3., 3.]']);
  assert.equal(await svg.locator('.graph-edge-label').count(), 7);
});

test('explain shows the chain rule with the numbers in KaTeX', async () => {
  const output = codeCell(page, 1).locator('.output-markdown');
  assert.match(await output.locator('strong').textContent(), /How x\.grad was computed/);
  const math = await output.locator('.katex-display .katex-html').textContent();
  const compact = math.replace(/[\s\u200b]+/g, ''); // KaTeX's aligned rows end in zero-width spaces
  assert.match(compact, /=1⋅1⋅3⋅2x=6x=\[6,12,18\]$/);
  assert.ok(await output.locator('li .katex').count() >= 5, 'the forward steps are listed');
});

test('a 2-D tensor is a heat-coloured table with badges, and its text is one click away', async () => {
  const view = codeCell(page, 2).locator('.tensor-view');
  assert.deepEqual(await view.locator('.badge').allTextContents(), ['shape [2, 3]', 'torch.float32']);
  assert.deepEqual(await view.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent))),
    [['1.0000', '-2.0000', '3.5000'], ['0.2500', '4.0000', '-1.0000']]);
  const colours = await view.locator('td').evaluateAll((cells) => new Set(cells.map((c) => c.style.backgroundColor)).size);
  assert.equal(colours, 6, 'each value its own colour');
  assert.equal(await view.locator('.tensor-text').isVisible(), false);
  await view.getByRole('button', { name: 'Text' }).click();
  assert.equal(await view.locator('.tensor-text').textContent(), 'tensor([[ 1.0000, -2.0000,  3.5000],\n        [ 0.2500,  4.0000, -1.0000]])');
  assert.equal(await view.locator('table').isVisible(), false);
});

test('a tensor in a graph has requires_grad and grad_fn badges', async () => {
  const view = codeCell(page, 5).locator('.tensor-view');
  assert.deepEqual(await view.locator('.badge').allTextContents(),
    ['shape [3]', 'torch.float32', 'requires_grad', 'grad_fn=<AddBackward0>']);
});

test('the landscape is drawn: contour bands, downhill arrows and the descent path', async () => {
  const figure = codeCell(page, 3).locator('svg.figure-svg');
  assert.ok(await figure.locator('.figure-band').count() >= 8);
  assert.ok(await figure.locator('.figure-contour').count() >= 8);
  // A 13 × 13 grid of arrows, less the one at the valley floor (0, 0), where no way is down.
  assert.equal(await figure.locator('.figure-layer-arrows line').count(), 13 * 13 - 1);
  assert.equal(await figure.locator('.figure-path-point').count(), 4);
  assert.equal(await figure.locator('.figure-path-step').count(), 3);
  assert.deepEqual(await figure.locator('.figure-legend text').allTextContents(), ['−∇f: downhill', 'descent path']);
  // The arrow at the bottom-left corner points up and right, towards the valley at (0, 0).
  const first = await figure.locator('.figure-layer-arrows line').first().evaluate((l) =>
    [l.x2.baseVal.value - l.x1.baseVal.value, l.y2.baseVal.value - l.y1.baseVal.value]);
  assert.ok(first[0] > 0 && first[1] < 0, `arrow ${first}`);
});

test("matplotlib's loss curve is drawn with its title, labels and legend", async () => {
  const figure = codeCell(page, 4).locator('svg.figure-svg');
  assert.equal(await figure.locator('.figure-title').textContent(), 'Training');
  assert.deepEqual(await figure.locator('.figure-label').allTextContents(), ['step', 'loss']);
  assert.deepEqual(await figure.locator('.figure-legend text').allTextContents(), ['loss']);
  const points = await figure.locator('.figure-line').getAttribute('d');
  assert.equal(points.split('L').length, 20);
});

test("matplotlib's subplots gives one axes whose scatter is drawn, a colour per class", async () => {
  const figure = codeCell(page, 6).locator('svg.figure-svg');
  assert.equal(await figure.locator('.figure-title').textContent(), 'two classes');
  const colours = await figure.locator('.figure-layer-scatter').evaluateAll((layers) => layers.map((l) => [l.dataset.color, l.querySelectorAll('circle').length]));
  assert.equal(colours.length, 2);
  assert.notEqual(colours[0][0], colours[1][0]);
  assert.deepEqual(colours.map(([, count]) => count), [2, 2]);
});
