// The course as a learner meets it: the index lists every lesson, and "Run all" on each lesson
// completes without an error, every cell showing the text PyTorch gave (tests/lessons/*.json), and
// on stderr only finished progress bars (their times differ on every run), where PyTorch's run drew one.
// The lesson after Run all, its drawings' words open, is also where axe-core looks for accessibility
// violations (axe.mjs): its outputs, graphs and plots are checked too, and no lesson runs twice.
// Screenshots of each lesson go to test-output/e2e/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness } from './harness.mjs';
import { axeViolations, describeViolations } from './axe.mjs';
import { cellSummary, codeCell, openReady, runAll } from './notebook.mjs';

const ROOT = new URL('../../', import.meta.url);
const { lessons } = JSON.parse(readFileSync(new URL('dist/lessons/index.json', ROOT), 'utf8'));
// tqdm pads its last line with spaces when an earlier one was longer (a slower rate has more digits).
const FINISHED_BAR = /^[\w ]+: 100%\|█{10}\| (\d+)\/\1 \[\d\d:\d\d<00:00, +[\d.]+\w+\/s(, [^\]]*)?\] *\n$/;

// The convolution lesson's Run all takes minutes when the machine is busy.
const RUN_ALL_TIMEOUT = 600_000;

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

test('the index lists every lesson of the course, in order', async () => {
  const { page, problems } = await harness.open('');
  const links = page.locator('.lesson-list a');
  await links.first().waitFor(); // the list is built once lessons/index.json has arrived
  assert.deepEqual(await links.allTextContents(), lessons.map((lesson) => lesson.title));
  await harness.screenshot(page, 'course-index');
  await links.first().click();
  await page.waitForURL(/\?lesson=01-/);
  assert.equal(await page.locator('.cell-markdown h1').first().textContent(), lessons[0].title);
  assert.deepEqual(problems, []);
});

test("every lesson's formulas are typeset: no $ is left in the prose", async () => {
  const { page } = await harness.open(''); // (leaving each lesson at once aborts its Python start)
  for (const { file } of lessons) {
    await page.goto(new URL(`?lesson=${encodeURIComponent(file)}`, harness.url).href);
    await page.locator('.cell-markdown').first().waitFor();
    const leftover = await page.locator('.cell-markdown').evaluateAll((cells) => cells
      .map((cell) => {
        const prose = cell.cloneNode(true);
        prose.querySelectorAll('code, .katex').forEach((element) => element.remove());
        return prose.textContent;
      })
      .filter((text) => text.includes('$')));
    assert.deepEqual(leftover, [], file);
  }
});

for (const [number, { file, title }] of lessons.entries()) {
  test(`Run all on lesson ${number + 1}, “${title}”, completes with PyTorch's output, no error and no accessibility violation`, async () => {
    const recorded = JSON.parse(readFileSync(new URL(`tests/lessons/${file.replace(/\.(md|ipynb)$/, '.json')}`, ROOT), 'utf8'));
    const { page, problems } = await openReady(harness, `?lesson=${encodeURIComponent(file)}`);
    const started = Date.now();
    await runAll(page, RUN_ALL_TIMEOUT);
    const took = Date.now() - started;
    await harness.screenshot(page, `lesson-${String(number + 1).padStart(2, '0')}`);

    assert.equal(await page.locator('.cell-code').count(), recorded.length);
    assert.equal(await page.locator('.output-error').count(), 0);
    for (const stderr of await page.locator('.output-stderr:not(.output-blank)').allTextContents()) {
      assert.match(stderr, FINISHED_BAR);
    }
    for (const [i, cell] of recorded.entries()) {
      const shown = await cellSummary(codeCell(page, i), { stderr: false });
      assert.equal(shown.state, 'done', `cell ${i + 1}`);
      if (cell.verdict) {
        // An exercise: the page runs its starter, the recording its solution. The starter runs
        // without error and its checks say, without a traceback, that it is not right yet.
        const verdict = codeCell(page, i).locator('.exercise-verdict');
        await verdict.and(page.locator(':not([data-verdict="checking"])')).waitFor();
        assert.equal(await verdict.getAttribute('data-verdict'), 'fail', `cell ${i + 1}: the starter's verdict`);
        assert.match(await verdict.innerText(), /^✗ /, `cell ${i + 1}`);
        continue;
      }
      const stderr = codeCell(page, i).locator('.output-stderr');
      assert.equal(await stderr.count() > 0, cell.stderr, `cell ${i + 1} writes to stderr (a progress bar) where PyTorch's run did`);
      assert.equal(shown.text, cell.stdout + (cell.result ?? ''), `cell ${i + 1}`);
      if (cell.picture) {
        assert.equal(await codeCell(page, i).locator('svg.graph-svg, svg.figure-svg, .output-markdown').count(), 1, `cell ${i + 1} shows its picture`);
      }
    }
    for (const words of await page.locator('.drawing-text > summary').all()) await words.click();
    const violations = await axeViolations(page);
    assert.deepEqual(violations.map((v) => v.id), [], `${file}:\n${describeViolations(violations)}`);
    assert.deepEqual(problems, []);
    console.log(`# ${file}: ${recorded.length} cells in ${(took / 1000).toFixed(1)} s`);
  });
}
