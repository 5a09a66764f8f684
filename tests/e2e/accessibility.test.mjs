// axe-core finds no accessibility violation — its experimental rules included (see axe.mjs) — on
// every page a learner or a host page's reader meets: the course index, a notebook file opened
// from disk after Run all (each lesson after Run all is checked where it runs, course.test.mjs), the
// embed page, a host page with <gradbook-notebook> and code blocks, and a single-file lesson;
// with the File menu and the shortcuts dialog open as well. And while Run all runs, only the
// running cell's output is a live region, so a screen reader does not read every output at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startHarness } from './harness.mjs';
import { axeViolations, describeViolations } from './axe.mjs';
import { openLessonFile, runAll, SEED_LESSON } from './notebook.mjs';

const ROOT = new URL('../../', import.meta.url);
const { lessons } = JSON.parse(readFileSync(new URL('dist/lessons/index.json', ROOT), 'utf8'));

// Run all is pressed at once: the cells wait for Python, and the whole run may take minutes.
const RUN_ALL_TIMEOUT = 600_000;

/** Opens `path` and runs all its cells (Run all waits for Python to start). */
async function openAndRunAll(path) {
  const opened = await harness.open(path);
  await opened.page.locator('.cell-code').first().waitFor();
  await runAll(opened.page, RUN_ALL_TIMEOUT);
  return opened;
}

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

async function assertNoViolations(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations.map((v) => v.id), [], `${where}:\n${describeViolations(violations)}`);
}

test('the course index, with the File menu open and then the shortcuts dialog, has no violation', async () => {
  const { page, problems } = await harness.open('');
  await page.locator('.lesson-list a').first().waitFor();
  await assertNoViolations(page, 'course index');
  await page.locator('#file-menu > summary').click();
  await page.getByRole('menuitem', { name: 'Keyboard shortcuts' }).waitFor();
  await assertNoViolations(page, 'course index, File menu open');
  await page.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await assertNoViolations(page, 'course index, shortcuts dialog open');
  assert.deepEqual(problems, []);
});

test('a notebook file opened from disk has no violation after Run all', async () => {
  const { page, problems } = await openLessonFile(harness, readFileSync(new URL('tests/e2e/fixtures/notebook-lesson.ipynb', ROOT)), {
    name: 'notebook-lesson.ipynb', mimeType: 'application/x-ipynb+json',
  });
  await runAll(page, RUN_ALL_TIMEOUT);
  await assertNoViolations(page, 'notebook-lesson.ipynb');
  assert.deepEqual(problems, []);
});

test('the embed page has no violation, before and after Run all', async () => {
  const { page, problems } = await harness.open(`embed.html${SEED_LESSON}`);
  const notebook = page.locator('#lesson');
  await notebook.locator('.cell-code').first().waitFor();
  await assertNoViolations(page, 'embed page');
  await notebook.getByRole('button', { name: 'Run all' }).click();
  await page.waitForFunction(() => [...document.querySelector('#lesson').shadowRoot.querySelectorAll('.cell-code')]
    .every((cell) => ['done', 'error'].includes(cell.dataset.state)), null, { timeout: RUN_ALL_TIMEOUT, polling: 200 });
  await assertNoViolations(page, 'embed page after Run all');
  assert.deepEqual(problems, []);
});

test('a host page with <gradbook-notebook> and code blocks has no violation', async () => {
  const { page, problems } = await harness.open('embed.html');
  const host = new URL('host.html', harness.url).href;
  await page.route(host, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>A course</title><link rel="icon" href="data:,">
      <script type="module" src="gradbook-embed.js"></script></head><body><main>
      <h1>A course page</h1>
      <pre data-gradbook><code class="language-python">import torch
print(torch.ones(2) * 3)</code></pre>
      <gradbook-notebook src="lessons/02-loss-functions.md"></gradbook-notebook>
      </main></body></html>`,
  }));
  await page.goto(host);
  await page.locator('gradbook-notebook .cell-code').first().waitFor();
  await page.locator('.gradbook-cell .cell-code').first().waitFor();
  await assertNoViolations(page, 'host page');
  assert.deepEqual(problems, []);
});

test('a single-file lesson opened from file:// has no violation after Run all', async () => {
  const file = pathToFileURL(new URL(`dist/single/${lessons[0].file.replace(/\.md$/, '.html')}`, ROOT).pathname).href;
  const { page, problems } = await openAndRunAll(file);
  await assertNoViolations(page, 'single file');
  assert.deepEqual(problems, []);
});

test('while Run all runs, only the running cell’s output is live, and no output is once all have finished', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  await page.locator('.cell-code').first().waitFor();
  // Every change to a cell's state or an output's liveness is checked as it happens.
  await page.evaluate(() => {
    window.liveness = { mostAtOnce: 0, runningNotLive: [] };
    const check = () => {
      const live = document.querySelectorAll('.cell-output[aria-live]');
      window.liveness.mostAtOnce = Math.max(window.liveness.mostAtOnce, live.length);
      for (const running of document.querySelectorAll('.cell-code[data-state="running"]')) {
        if (!running.querySelector(':scope > .cell-output[aria-live="polite"]')) window.liveness.runningNotLive.push(running.getAttribute('aria-label'));
      }
    };
    new MutationObserver(check).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-live', 'data-state'] });
  });
  await runAll(page, RUN_ALL_TIMEOUT);
  await page.waitForFunction(() => !document.querySelector('.cell-output[aria-live]'));
  const { mostAtOnce, runningNotLive } = await page.evaluate(() => window.liveness);
  assert.equal(mostAtOnce, 1);
  assert.deepEqual(runningNotLive, []);
  assert.deepEqual(problems, []);
});
