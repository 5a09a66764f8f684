// The service worker on a plain static host (no isolation headers): one visit makes the site
// cross-origin isolated (after one reload) and copies it for offline use; with the network cut,
// a reload still opens the lesson, starts Python and runs a cell.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';
import { PYTHON_START_TIMEOUT, SEED_LESSON, codeCell, finishedCell, pythonReady, setCode } from './notebook.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/** Opens the seed lesson with service workers allowed and waits until the site is kept offline. */
async function visitOnce() {
  const opened = await harness.open(SEED_LESSON, { serviceWorkers: 'allow' });
  await opened.page.locator('html[data-gradbook-offline="ready"]').waitFor({ timeout: PYTHON_START_TIMEOUT });
  await pythonReady(opened.page);
  opened.problems.length = 0; // the reload into isolation aborts what the first load was fetching
  return opened;
}

test('after one visit the page is cross-origin isolated, so Stop interrupts Python', async () => {
  const { page, problems } = await visitOnce();
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  await setCode(page, 0, 'while True:\n    pass');
  await page.keyboard.press('Control+Enter');
  await codeCell(page, 0).and(page.locator('[data-state="running"]')).waitFor();
  await page.getByRole('button', { name: 'Stop' }).click();
  assert.match((await finishedCell(page, 0)).text, /KeyboardInterrupt\n$/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('with the network cut, a reload still opens the lesson and runs a cell', async () => {
  const { page } = await visitOnce();
  await page.context().setOffline(true);
  await page.reload();
  await pythonReady(page);
  await setCode(page, 0, 'import torch\nprint(torch.tensor([1.0, 2.0]) * 3)');
  await page.keyboard.press('Control+Enter');
  assert.deepEqual(await finishedCell(page, 0), { state: 'done', prompt: '[1]', text: 'tensor([3., 6.])\n' });
  await page.context().close();
});
