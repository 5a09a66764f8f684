// Two tabs on one lesson: what is typed in one shows up in the other, cell by cell, and no edit
// made in either is dropped, even when both change the same cell at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, startHarness } from './harness.mjs';
import { SEED_LESSON, codeCell, openReady, pythonReady, setCode, storedEdits } from './notebook.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/** Two pages on the seed lesson, in one browser; the second closes when test `t` ends. */
async function twoTabs(t) {
  const { page: first } = await openReady(harness, SEED_LESSON);
  const second = await first.context().newPage();
  t.after(() => second.close());
  await second.setViewportSize({ width: 1100, height: 700 });
  await second.goto(first.url());
  await pythonReady(second);
  return [first, second];
}

const code = (page, index) => codeCell(page, index).locator('.cm-content').innerText();
const storedCells = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.includes(':edits:'));
  return JSON.parse(localStorage.getItem(key)).cells.filter((c) => c.type === 'code').map((c) => c.source);
});

test('an edit in one tab shows in the other, and edits to different cells are all kept', async (t) => {
  const [first, second] = await twoTabs(t);
  await setCode(first, 0, 'from_first = 1');
  await storedEdits(first, 'from_first = 1');
  await codeCell(second, 0).locator('.cm-content', { hasText: 'from_first = 1' }).waitFor();
  assert.equal(await second.locator('#notice').getAttribute('data-event'), 'edited-elsewhere');
  assert.match(await second.locator('#notice').textContent(), /^Edits made to this lesson in another tab are shown here too\./);
  await second.locator('#notice').scrollIntoViewIfNeeded();
  await second.screenshot({ path: await screenshotPath('two-tabs-notice') });

  await setCode(second, 1, 'from_second = 2');
  await codeCell(first, 1).locator('.cm-content', { hasText: 'from_second = 2' }).waitFor();
  for (const page of [first, second]) {
    assert.equal(await code(page, 0), 'from_first = 1');
    assert.equal(await code(page, 1), 'from_second = 2');
  }
  const stored = await storedCells(first);
  assert.deepEqual(stored.slice(0, 2), ['from_first = 1', 'from_second = 2']);
});

test('when both tabs change the same cell at once, both versions are kept', async (t) => {
  const [first, second] = await twoTabs(t);
  // Both edits are typed before either is saved (a moment after typing): the first tab saves
  // first, and the second, with its own edit unsaved, learns of it.
  await setCode(first, 0, 'first_tab = 1');
  await setCode(second, 0, 'second_tab = 2');
  await codeCell(second, 1).locator('.cm-content', { hasText: 'first_tab = 1' }).waitFor();
  assert.equal(await code(second, 0), 'second_tab = 2');
  assert.equal(await second.locator('#notice').getAttribute('data-event'), 'edited-elsewhere');
  assert.match(await second.locator('#notice').textContent(), /edited in another tab too, in the same cell as here: both versions are kept/);
  await second.screenshot({ path: await screenshotPath('two-tabs-conflict') });

  // The second tab saves both versions; the first takes them in.
  await codeCell(first, 0).locator('.cm-content', { hasText: 'second_tab = 2' }).waitFor();
  assert.equal(await code(first, 1), 'first_tab = 1');
  assert.deepEqual((await storedCells(first)).slice(0, 2), ['second_tab = 2', 'first_tab = 1']);
});
