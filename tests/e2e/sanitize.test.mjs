// A lesson is a file anyone can write, and a cell can return any HTML: neither may run script,
// nor restyle or cover the page around it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';
import { finishedCell, openLessonFile, runAll } from './notebook.mjs';
import { lookOfThePage } from './page-look.mjs';

const fixture = (name) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const HOSTILE = fixture('hostile-lesson.md');

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

test("neither a lesson's markup nor a cell's HTML can blank the page, hide the toolbar or lay a fake link over it", async () => {
  const { page } = await openLessonFile(harness, fixture('dress-up-lesson.md'));
  await runAll(page);
  await page.locator('.output-html .payload').first().waitFor({ state: 'attached' });
  await harness.screenshot(page, 'dress-up-lesson');
  const look = await page.evaluate(lookOfThePage, { toolbarButton: '#run-all', title: '.markdown-body h1' });
  assert.deepEqual(look, { bodyShown: true, toolbarOnTop: true, titleOnTop: true, styleSheets: 0, hostTitleOnTop: true, payloads: 6, positioned: 0, escaped: 0 });
});

test('inline CSS keeps colours, fonts, alignment, spacing and borders within limits, and drops the rest', async () => {
  const { page } = await openLessonFile(harness, fixture('inline-styles.md'));
  const styleOf = (id) => page.locator(`#${id}`).evaluate((element) => {
    const style = {};
    for (const name of element.style) style[name] = element.style.getPropertyValue(name);
    return style;
  });
  assert.deepEqual(await styleOf('kept'), {
    color: 'rgb(0, 0, 255)',
    'background-color': 'rgb(255, 255, 0)',
    'font-weight': 'bold',
    'font-style': 'italic',
    'font-size': '1.5em',
    'text-align': 'center',
    'padding-top': '4px',
    'padding-right': '8px',
    'padding-bottom': '4px',
    'padding-left': '8px',
    'margin-top': '0px',
    'margin-right': 'auto',
    'margin-bottom': '12px',
    'margin-left': 'auto',
    'border-top-width': '2px',
    'border-right-width': '2px',
    'border-bottom-width': '2px',
    'border-left-width': '2px',
    'border-top-style': 'solid',
    'border-right-style': 'solid',
    'border-bottom-style': 'solid',
    'border-left-style': 'solid',
    'border-top-color': 'rgb(255, 0, 0)',
    'border-right-color': 'rgb(255, 0, 0)',
    'border-bottom-color': 'rgb(255, 0, 0)',
    'border-left-color': 'rgb(255, 0, 0)',
    'border-top-left-radius': '4px',
    'border-top-right-radius': '4px',
    'border-bottom-right-radius': '4px',
    'border-bottom-left-radius': '4px',
    width: '50%',
  });
  assert.deepEqual(await styleOf('dropped'), {});
  assert.equal(await page.locator('#dropped').getAttribute('style'), null);
  assert.equal(await page.locator('#dropped').isVisible(), true);
});
