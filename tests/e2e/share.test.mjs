// Share links: File › Copy link puts the lesson's code in a link; opening it shows that code in
// place of the learner's own copy, which is kept untouched until they choose to keep the shared
// version; a damaged link says so and shows the lesson as the learner left it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, startHarness } from './harness.mjs';
import { SEED_LESSON, codeCell, lessonShown, setCode, storedEdits } from './notebook.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

// Sharing needs no Python: the tests wait for the lesson's cells, not for Python to start.
async function openLesson(path) {
  const { page } = await harness.open(path);
  await lessonShown(page);
  return page;
}
const code = (page, index) => codeCell(page, index).locator('.cm-content').innerText();
const storedFirstCell = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.includes(':edits:'));
  return JSON.parse(localStorage.getItem(key)).cells.find((c) => c.type === 'code').source;
});
const notice = (page, event) => page.locator(`#notice[data-event="${event}"]`).waitFor();
const sharedBar = (page) => page.locator('#shared-version');

async function shot(page, name, viewport) {
  await page.setViewportSize(viewport);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: await screenshotPath(name) });
}

/**
 * Types `shared = 1` in the first cell, copies a link, makes the learner's copy `mine = 2`, and
 * opens the link in a new page.
 */
async function copiedLink() {
  const page = await openLesson(SEED_LESSON);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  await setCode(page, 0, 'shared = 1');
  await page.locator('#file-menu summary').click();
  await page.getByRole('menuitem', { name: 'Copy link with my code' }).click();
  await notice(page, 'link-copied');
  assert.match(await page.locator('#notice').textContent(), /^A link to this lesson with your code is copied to the clipboard\./);
  await shot(page, 'share-link-copied', { width: 390, height: 844 });
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /\?lesson=01-gradients-and-backpropagation\.md#share=[A-Za-z0-9_-]+$/);
  await setCode(page, 0, 'mine = 2');
  await storedEdits(page, 'mine = 2');
  // The link is opened in a new page, as a learner would open a link sent to them.
  const opened = await page.context().newPage();
  await page.close();
  await opened.goto(link);
  return opened;
}

test('a copied link shows the shared code; Back to my copy brings the learner’s own edits back', async () => {
  const page = await copiedLink();
  await lessonShown(page);
  await sharedBar(page).waitFor();
  assert.match(await sharedBar(page).textContent(), /^You are looking at a shared version of this lesson; your own copy is kept as it was\./);
  assert.equal(await code(page, 0), 'shared = 1');
  await shot(page, 'share-opened-desktop', { width: 1100, height: 700 });
  await shot(page, 'share-opened-narrow', { width: 390, height: 844 });

  await setCode(page, 1, 'typed_in_shared = 3');
  await page.waitForTimeout(1000); // edits are saved 300 ms after typing, were they saved
  assert.equal(await storedFirstCell(page), 'mine = 2');

  await page.locator('#share-back').click();
  await notice(page, 'share-back');
  assert.equal(await code(page, 0), 'mine = 2');
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(await sharedBar(page).count(), 0);
  await page.reload();
  await lessonShown(page);
  assert.equal(await code(page, 0), 'mine = 2');
});

test('Keep this as my copy replaces the learner’s own edits with the shared code', async () => {
  const page = await copiedLink();
  await sharedBar(page).waitFor();
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.locator('#share-keep').click();
  assert.equal(await sharedBar(page).count(), 1, 'a Keep the learner cancels changes nothing');
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#share-keep').click();
  await notice(page, 'share-kept');
  assert.equal(await sharedBar(page).count(), 0);
  assert.equal(await storedFirstCell(page), 'shared = 1');
  await page.reload();
  await lessonShown(page);
  assert.equal(await code(page, 0), 'shared = 1');
});

test('the way back to the learner’s copy stays when a later notice replaces or a click dismisses the one before', async () => {
  const page = await copiedLink();
  await sharedBar(page).waitFor();
  await page.locator('#restart').click();
  await notice(page, 'restarted');
  await page.locator('#notice .notice-close').click();
  assert.equal(await page.locator('#notice').isVisible(), false);
  assert.equal(await sharedBar(page).getByRole('button', { name: 'Back to my copy' }).isVisible(), true);
  await shot(page, 'share-bar-after-notice-narrow', { width: 390, height: 844 });
  await page.locator('#share-back').click();
  await notice(page, 'share-back');
  assert.equal(await code(page, 0), 'mine = 2');
});

test('Reset to original while a shared version is shown leaves it for the lesson’s original text', async () => {
  const page = await copiedLink();
  await sharedBar(page).waitFor();
  await page.locator('#file-menu summary').click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('menuitem', { name: 'Reset to original' }).click();
  await notice(page, 'reset');
  assert.equal(await sharedBar(page).count(), 0);
  assert.equal(new URL(page.url()).hash, '');
  assert.match(await code(page, 0), /^# Import torch/);
});

test('a damaged link says so and shows the lesson as the learner left it', async () => {
  const page = await openLesson(SEED_LESSON);
  await setCode(page, 0, 'mine = 2');
  await storedEdits(page, 'mine = 2');
  for (const [fragment, why] of [
    ['#share=<img src=x onerror=alert(1)>', 'it has characters a shared link never has'],
    ['#share=bm90IGRlZmxhdGVk', 'it could not be decompressed'],
  ]) {
    await page.goto('about:blank'); // a page load, not a jump within the page
    await page.goto(new URL(SEED_LESSON + fragment, harness.url).href);
    await notice(page, 'share-failed');
    assert.equal(await page.locator('#notice').textContent(), `This shared link cannot be opened: the link is damaged (${why}). The lesson is shown as you left it.✕`);
    assert.equal(await code(page, 0), 'mine = 2');
    assert.equal(await page.locator('#notice img').count(), 0);
  }
  await shot(page, 'share-damaged-narrow', { width: 390, height: 844 });
});

test('when the browser denies the clipboard, the link is shown in a field to copy by hand', async () => {
  const page = await openLesson(SEED_LESSON);
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.locator('#file-menu summary').click();
  await page.getByRole('menuitem', { name: 'Copy link with my code' }).click();
  await notice(page, 'link-shown');
  assert.match(await page.locator('#notice').textContent(), /^The browser did not let the page copy it: copy this link\./);
  assert.match(await page.locator('#notice input').inputValue(), /\?lesson=01-gradients-and-backpropagation\.md#share=[A-Za-z0-9_-]+$/);
  await shot(page, 'share-link-shown-narrow', { width: 390, height: 844 });
});
