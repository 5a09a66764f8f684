// A lesson is a file anyone can write, and a cell can return any HTML: neither may run script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';
import { finishedCell, openLessonFile, runAll } from './notebook.mjs';

const HOSTILE = fileURLToPath(new URL('fixtures/hostile-lesson.md', import.meta.url));

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

test('a hostile lesson and hostile cell output run no script', async () => {
  const { page } = await openLessonFile(harness, HOSTILE);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await runAll(page);
  assert.equal((await finishedCell(page, 0)).state, 'done');
  await page.locator('#js-link').click();
  await page.waitForTimeout(300);

  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(dialogs, []);
  const notebook = page.locator('#notebook');
  assert.equal(await notebook.locator('script, iframe, form').count(), 0);
  assert.equal(await notebook.locator('[onerror], [onload]').count(), 0);
  assert.equal(await page.locator('#js-link').getAttribute('href'), null);
  assert.equal(await notebook.locator('.output-html #kept').textContent(), 'bold stays');
  assert.equal(await notebook.locator('.output-html #evil').count(), 1, 'the image stays, without its handler');
  assert.equal(await notebook.locator('svg circle').count(), 1, "the lesson's own drawing stays");
});
