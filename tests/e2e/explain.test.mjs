// gradbook.explain on the page: a Linear layer's gradient in matrix form with its shapes, and a
// chain of 24 steps whose middle is folded into sections that open; on a phone nothing runs past
// the output's edge.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';
import { codeCell, openLessonFile, runAll } from './notebook.mjs';

const LESSON = fileURLToPath(new URL('fixtures/explain.md', import.meta.url));

let harness;
let page;
let problems;
before(async () => {
  harness = await startHarness();
  ({ page, problems } = await openLessonFile(harness, LESSON));
  await runAll(page);
  await harness.screenshot(page, 'explain-desktop');
});
after(() => harness?.close());

const output = (index) => codeCell(page, index).locator('.output-markdown');

test('both cells explain without error', async () => {
  const states = await page.locator('.cell-code').evaluateAll((cells) => cells.map((c) => c.dataset.state));
  assert.deepEqual(states, ['done', 'done']);
  assert.deepEqual(problems, []);
});

test('a Linear layer: the transposed matrix product, with the shapes and numbers in code', async () => {
  const steps = output(0).locator('li');
  const last = await steps.last().textContent();
  assert.match(last, /= \[\[-0\.9109, -1\.435, -3\.12\], \[0\.0263, -0\.4071, 0\.5386\]\]$/);
  assert.match(await steps.filter({ hasText: 'AddmmBackward0' }).first().textContent(), /shape \[2, 2\]/);
  assert.equal(await output(0).locator('details').count(), 0, 'a short explanation has nothing folded');
});

test('a long chain folds its middle steps into sections that say what they hold and open on a click', async () => {
  const sections = output(1).locator('details');
  assert.equal(await sections.count(), 2);
  assert.equal(await sections.first().locator('summary').textContent(), '18 more steps (TanhBackward0 ×9, MulBackward0 ×9)');
  const hidden = sections.first().locator('li').first();
  assert.equal(await hidden.isVisible(), false);
  await sections.first().locator('summary').click();
  assert.equal(await hidden.isVisible(), true);
  assert.match(await hidden.locator('.katex-mathml').textContent(), /u4=tanh\u2061?\(u3\)/);
  await harness.screenshot(page, 'explain-opened');
});

test('on a phone the explanations wrap: nothing is wider than its output', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  // every folded section open, so that what they hold is measured too
  await output(1).locator('details').evaluateAll((sections) => sections.forEach((d) => { d.open = true; }));
  await harness.screenshot(page, 'explain-phone');
  // Whatever is drawn past its output's right edge: [the output's first words, the wide part's]
  // (KaTeX's MathML copy for screen readers is not drawn).
  const overflowing = await page.locator('.output-markdown').evaluateAll((outputs) => outputs.flatMap((o) => {
    const edge = o.getBoundingClientRect().right + 1;
    const drawn = [...o.querySelectorAll('*')].filter((e) => !e.closest('.katex-mathml'));
    const wide = drawn.find((e) => e.getBoundingClientRect().right > edge);
    return wide ? [[o.textContent.slice(0, 30), wide.className, wide.textContent.slice(0, 60)]] : [];
  }));
  assert.deepEqual(overflowing, []);
});
