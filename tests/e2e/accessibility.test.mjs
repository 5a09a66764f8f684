// axe-core finds no accessibility violation — its experimental rules included (see axe.mjs) — on
// every page a learner or a host page's reader meets: the course index, with the File menu and
// the shortcuts dialog open as well, the embed page, and a host page with <gradbook-notebook> and
// code blocks. A page that runs all its cells elsewhere is checked there, after its run, so that
// no lesson runs twice: each lesson of the course (course.test.mjs), a notebook file opened from
// disk (lesson-files.test.mjs) and a single-file lesson (single-file.test.mjs). And while Run all
// runs, only the running cell's output is a live region, so a screen reader does not read every
// output at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';
import { assertNoViolations } from './axe.mjs';
import { runAll, SEED_LESSON } from './notebook.mjs';

// Run all is pressed at once: the cells wait for Python, and the whole run may take minutes.
const RUN_ALL_TIMEOUT = 600_000;

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

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
