// Stop and Restart: a runaway loop stops (its time printed, not asserted), by KeyboardInterrupt where the page is
// cross-origin isolated (variables kept) and by restarting Python elsewhere; the page says which
// happened, and the learner's edits and the page itself survive.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';
import { SEED_LESSON, cellSummary, codeCell, finishedCell, openReady, pythonReady, setCode } from './notebook.mjs';

const RUNAWAY = 'n = 0\nwhile True:\n    n += 1';

/** Starts the runaway loop in cell 0, queues cell 1 behind it, clicks Stop; returns ms to stop. */
async function stopRunaway(page) {
  await setCode(page, 0, RUNAWAY);
  await page.keyboard.press('Control+Enter');
  await setCode(page, 1, 'print("queued")');
  await page.keyboard.press('Control+Enter');
  await codeCell(page, 0).and(page.locator('[data-state="running"]')).waitFor();
  await page.waitForTimeout(300); // well inside the loop
  const clicked = Date.now();
  await page.getByRole('button', { name: 'Stop' }).click();
  await codeCell(page, 0).and(page.locator('[data-state="error"]')).waitFor({ timeout: 5000 });
  return Date.now() - clicked;
}

describe('on a cross-origin isolated page', () => {
  let harness;
  before(async () => {
    harness = await startHarness({ isolate: true });
  });
  after(() => harness?.close());

  test('Stop interrupts a runaway loop and keeps the variables', async () => {
    const { page, problems } = await openReady(harness, SEED_LESSON);
    assert.equal(await page.evaluate(() => crossOriginIsolated), true);
    const took = await stopRunaway(page);
    console.log(`# interrupted in ${took} ms`); // measured, not asserted: it depends on the machine's load
    assert.match((await cellSummary(codeCell(page, 0))).text, /\nKeyboardInterrupt\n$/);
    assert.equal(await page.locator('#notice').getAttribute('data-event'), 'interrupted');
    assert.match(await page.locator('#notice').textContent(), /interrupted \(KeyboardInterrupt\)\. Variables are kept\./);
    const dropped = await cellSummary(codeCell(page, 1));
    assert.deepEqual({ state: dropped.state, prompt: dropped.prompt }, { state: 'idle', prompt: '[ ]' }, 'the queued cell was dropped');
    // It never ran: what it shows is at most the lesson's recording, marked as recorded.
    assert.equal(await codeCell(page, 1).locator('.cell-output:not(.expected) pre').count(), 0, 'the queued cell shows no output of its own');
    assert.equal(await page.locator('#runtime-status').getAttribute('data-status'), 'ready');

    await setCode(page, 1, 'print(n > 1000)');
    await page.keyboard.press('Control+Enter');
    assert.deepEqual(await finishedCell(page, 1), { state: 'done', prompt: '[2]', text: 'True\n' });
    assert.equal(await page.getByRole('button', { name: 'Stop' }).isDisabled(), true);
    assert.deepEqual(problems, []);
  });
});

describe('on a plain static host', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness?.close());

  test('Stop restarts Python; the edits and the page survive', async () => {
    const { page, problems } = await openReady(harness, SEED_LESSON);
    assert.equal(await page.evaluate(() => crossOriginIsolated), false);
    const took = await stopRunaway(page);
    console.log(`# restarted in ${took} ms`);
    assert.match((await cellSummary(codeCell(page, 0))).text, /^Restarted: Python was restarted to stop the running cell\./);
    assert.equal(await page.locator('#notice').getAttribute('data-event'), 'restarted');
    assert.match(await page.locator('#notice').textContent(), /restarting Python \(this page is not cross-origin isolated.*\): variables are gone, your edits are kept\./);
    assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), RUNAWAY);

    await pythonReady(page);
    await setCode(page, 1, 'print(n)');
    await page.keyboard.press('Control+Enter');
    const after = await finishedCell(page, 1);
    assert.equal(after.prompt, '[1]', 'a fresh interpreter counts from 1');
    assert.match(after.text, /NameError: name 'n' is not defined\n$/);
    assert.deepEqual(problems, []);
  });

  test('Restart forgets every variable and numbers runs from 1 again', async () => {
    const { page } = await openReady(harness, SEED_LESSON);
    await setCode(page, 0, 'kept = 42');
    await page.keyboard.press('Control+Enter');
    await finishedCell(page, 0, { count: 1 });
    await page.getByRole('button', { name: 'Restart' }).click();
    assert.equal(await page.locator('#notice').getAttribute('data-event'), 'restarted');
    await pythonReady(page);
    await setCode(page, 1, 'print(kept)');
    await page.keyboard.press('Control+Enter');
    const text = (await finishedCell(page, 1, { count: 1 })).text;
    assert.match(text, /NameError: name 'kept' is not defined\n$/);
  });
});
