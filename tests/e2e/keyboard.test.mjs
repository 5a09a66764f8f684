// The notebook from the keyboard alone: editors and cells named by their place, Jupyter's
// command mode (Escape leaves an editor for its cell, ↑/↓ move between cells, Enter edits,
// Shift+Enter runs), the File menu as a WAI-ARIA menu button, and the shortcuts dialog on ?.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, startHarness } from './harness.mjs';
import { codeCell, finishedCell, openReady, SEED_LESSON, setCode } from './notebook.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

// A menu opened by a click, Enter or Space gets the focus a moment later (on its 'toggle' event).
const menuFocused = (page) => page.waitForFunction(() => document.activeElement.getAttribute('role') === 'menuitem');

// What has the focus: a cell or an editor, by its accessible name; a menu item by its text.
const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  return element.getAttribute('aria-label') ?? element.textContent;
});

test('every cell and editor is named by its place in the lesson, and the names follow a new cell', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  await codeCell(page, 0).waitFor();
  const names = () => page.locator('.cell').evaluateAll((cells) => cells.map((cell) => [
    cell.getAttribute('aria-label'), cell.querySelector('.cm-content')?.getAttribute('aria-label') ?? null,
  ]));
  const before = await names();
  assert.deepEqual(before.slice(0, 2), [['Cell 1, text', null], ['Cell 2, code', 'Cell 2: Python code']]);
  before.forEach(([cell], i) => assert.match(cell, new RegExp(`^Cell ${i + 1}, `)));
  assert.equal(await page.locator('.cell-markdown').first().evaluate((cell) => cell.tagName), 'ARTICLE');

  await codeCell(page, 0).hover();
  await codeCell(page, 0).getByRole('button', { name: 'Add code cell below' }).click();
  const after = await names();
  assert.equal(after.length, before.length + 1);
  assert.deepEqual(after.slice(2, 4), [['Cell 3, code', 'Cell 3: Python code'], [before[2][0].replace('Cell 3', 'Cell 4'), before[2][1]?.replace('Cell 3', 'Cell 4') ?? null]]);
  assert.deepEqual(problems, []);
});

test('command mode: Escape leaves an editor for its cell, arrows move between cells, Enter edits, Shift+Enter runs', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  await codeCell(page, 0).locator('.cm-content').click();
  assert.equal(await focused(page), 'Cell 2: Python code');
  await page.keyboard.press('Escape');
  assert.equal(await focused(page), 'Cell 2, code');
  await page.screenshot({ path: await screenshotPath('keyboard-cell-selected') }); // the window: the focus ring

  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'Cell 3, text');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('k');
  assert.equal(await focused(page), 'Cell 1, text');
  await page.keyboard.press('ArrowUp'); // the first cell stays selected
  assert.equal(await focused(page), 'Cell 1, text');

  await page.keyboard.press('Enter'); // a text cell opens its Markdown
  assert.equal(await focused(page), 'Cell 1: Markdown text');
  await page.keyboard.press('Escape'); // and Escape shows it as prose again, selected
  assert.equal(await focused(page), 'Cell 1, text');
  assert.equal(await page.locator('.markdown-editor').count(), 0);

  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'Cell 2: Python code');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Enter'); // runs cell 2 (as soon as Python is ready) and selects cell 3
  assert.equal(await focused(page), 'Cell 3, text');
  assert.match(await codeCell(page, 0).getAttribute('data-state'), /^(queued|running|done)$/);
  assert.deepEqual(problems, []);
});

test('Escape then Tab leaves the editor, where Tab alone indents', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  const editor = codeCell(page, 0).locator('.cm-content');
  await editor.click();
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'Cell 2: Python code', 'Tab indents');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  const inEditor = await page.evaluate(() => Boolean(document.activeElement.closest('.cm-editor')));
  assert.equal(inEditor, false);
  assert.notEqual(await focused(page), 'Cell 2: Python code');
  assert.deepEqual(problems, []);
});

test('the File menu opens from the keyboard, moves with the arrows over the items one can use, and closes on Escape', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  await codeCell(page, 0).waitFor();
  const summary = page.locator('#file-menu > summary');
  assert.equal(await summary.getAttribute('aria-haspopup'), 'menu');
  await summary.focus();
  await page.keyboard.press('Enter');
  await menuFocused(page);
  assert.equal(await focused(page), 'Open a lesson file…');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'Download as .ipynb');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'Export as HTML');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'Copy link with my code');
  await page.keyboard.press('ArrowDown'); // past "Reset to original", disabled while there are no edits
  assert.equal(await focused(page), 'Export exercise progress');
  await page.keyboard.press('ArrowDown');
  assert.match(await focused(page), /(Dark|Light) theme$/);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'Keyboard shortcuts');
  await page.keyboard.press('ArrowDown'); // round to the first
  assert.equal(await focused(page), 'Open a lesson file…');
  await page.keyboard.press('End');
  assert.equal(await focused(page), 'Keyboard shortcuts');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp'); // round to the last
  assert.equal(await focused(page), 'Keyboard shortcuts');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#file-menu').evaluate((menu) => menu.open), false);
  assert.equal(await focused(page), 'File');

  await page.keyboard.press('ArrowUp'); // opens it on its last item
  assert.equal(await focused(page), 'Keyboard shortcuts');
  await page.keyboard.press('Tab'); // Tab leaves the menu, closing it
  assert.equal(await page.locator('#file-menu').evaluate((menu) => menu.open), false);
  assert.deepEqual(problems, []);
});

test('on the course index the File menu skips the items only a lesson has', async () => {
  const { page, problems } = await harness.open('');
  await page.locator('.lesson-list a').first().waitFor();
  await page.locator('#file-menu > summary').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'Open a lesson file…');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'Export exercise progress');
  assert.deepEqual(problems, []);
});

test('? outside an editor shows the shortcuts, which say how to leave an editor; Escape closes them', async () => {
  for (const viewport of [{ width: 1100, height: 900 }, { width: 390, height: 844 }]) {
    const { page, problems } = await harness.open(SEED_LESSON, { viewport });
    const editor = codeCell(page, 0).locator('.cm-content');
    await editor.click();
    await page.keyboard.type('?'); // in an editor, ? is text
    assert.match(await editor.textContent(), /\?/);
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    assert.equal(await dialog.isVisible(), false);

    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await dialog.waitFor();
    const help = await dialog.innerText();
    assert.match(help, /Escape\s+Leave the editor: its cell is selected\. Then Tab goes on to the next control/);
    assert.match(help, /↑ ↓ or K J\s+Select the cell above or below/);
    await page.screenshot({ path: await screenshotPath(`keyboard-help-${viewport.width}`) });
    await page.keyboard.press('Escape');
    assert.equal(await dialog.isVisible(), false);
    assert.equal(await focused(page), 'Cell 2, code', 'the focus goes back where it was');
    assert.deepEqual(problems, []);
  }
});

test('File ▸ Keyboard shortcuts shows them too', async () => {
  const { page, problems } = await harness.open('');
  await page.locator('#file-menu > summary').click();
  await page.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' }).click();
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.deepEqual(problems, []);
});

test('an embedded notebook has the shortcuts too: its Shortcuts button, and ? within it', async () => {
  const { page, problems } = await harness.open(`embed.html${SEED_LESSON}`);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false);

  await codeCell(page, 0).locator('.cm-content').click();
  await page.keyboard.press('Escape');
  assert.equal(await codeCell(page, 0).evaluate((cell) => cell.getRootNode().activeElement === cell), true);
  await page.keyboard.press('?');
  await dialog.waitFor();
  assert.deepEqual(problems, []);
});

test('a graph or plot wider than a phone joins the tab order as a named region, and the arrow keys scroll it', async () => {
  const { page, problems } = await openReady(harness, SEED_LESSON, { viewport: { width: 390, height: 844 } });
  await setCode(page, 0, [
    'import torch, gradbook',
    'import matplotlib.pyplot as plt',
    'a, b, c, d, e, f = (torch.tensor(float(v), requires_grad=True) for v in range(1, 7))',
    'gradbook.display(gradbook.graph(a * b + c * d + e * f))',
    'plt.plot([0, 1, 2], [2, 0, 1])',
    'plt.show()',
  ].join('\n'));
  await page.keyboard.press('Control+Enter');
  assert.equal((await finishedCell(page, 0)).state, 'done');
  const boxes = () => codeCell(page, 0).locator('.graph, .figure').evaluateAll((found) => found.map((box) => ({
    focusable: box.tabIndex === 0, role: box.getAttribute('role'), name: box.getAttribute('aria-label'),
  })));
  assert.deepEqual(await boxes(), [
    { focusable: true, role: 'region', name: 'Graph in cell 2, scrolls sideways' },
    { focusable: true, role: 'region', name: 'Plot in cell 2, scrolls sideways' },
  ]);
  for (const box of await codeCell(page, 0).locator('.graph, .figure').all()) {
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((element) => element.scrollLeft > 0, await box.elementHandle()); // (scrolling is smooth)
  }
  await codeCell(page, 0).screenshot({ path: await screenshotPath('keyboard-graph-region-390') }); // the focus ring on the plot

  // Wide enough for the plot: it has nothing to scroll, so it leaves the tab order and is no region.
  // (The graph, 851 px wide, still scrolls at this width.)
  await page.setViewportSize({ width: 1400, height: 900 });
  const plot = codeCell(page, 0).locator('.figure');
  await plot.and(page.locator(':not([tabindex])')).waitFor();
  assert.deepEqual(await plot.evaluate((box) => [box.getAttribute('role'), box.getAttribute('aria-label')]), [null, null]);
  assert.deepEqual(problems, []);
});
