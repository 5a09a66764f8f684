// Editing a notebook as in Jupyter: the run keys, execution counts and queued/running states,
// output shown while a cell runs (a tqdm bar advancing on its line), adding, deleting and moving
// cells, Run all above, Clear outputs, highlighting and errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';
import { CELL_TIMEOUT, SEED_LESSON, cellSummary, codeCell, finishedCell, lessonShown, openReady, setCode } from './notebook.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const focusedCodeCell = (page) => page.evaluate(() =>
  [...document.querySelectorAll('.cell-code')].findIndex((cell) => cell.contains(document.activeElement)));

test('Shift+Enter runs the cell and moves to the next code cell', async () => {
  const { page, problems } = await openReady(harness, SEED_LESSON);
  await codeCell(page, 0).locator('.cm-content').click();
  await page.keyboard.press('Shift+Enter');
  assert.deepEqual(await finishedCell(page, 0), { state: 'done', prompt: '[1]', text: '' });
  assert.equal(await focusedCodeCell(page), 1);
  await page.keyboard.press('Shift+Enter');
  assert.equal((await finishedCell(page, 1)).text, 'tensor([16., 27., 44.], grad_fn=<AddBackward0>)\n');
  assert.equal(await focusedCodeCell(page), 2);
  assert.deepEqual(problems, []);
});

test('Ctrl+Enter runs the cell and stays; each run gets the next execution count', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  await setCode(page, 0, 'print("hi")');
  await page.keyboard.press('Control+Enter');
  assert.deepEqual(await finishedCell(page, 0, { count: 1 }), { state: 'done', prompt: '[1]', text: 'hi\n' });
  await page.keyboard.press('Control+Enter');
  assert.equal((await finishedCell(page, 0, { count: 2 })).prompt, '[2]');
  assert.equal(await focusedCodeCell(page), 0);
});

test('Alt+Enter runs the cell and inserts an empty code cell below it', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  const before = await page.locator('.cell-code').count();
  await setCode(page, 0, '1 + 1');
  await page.keyboard.press('Alt+Enter');
  assert.equal(await page.locator('.cell-code').count(), before + 1);
  assert.equal(await focusedCodeCell(page), 1);
  assert.equal(await codeCell(page, 1).locator('.cm-content').textContent(), '');
  const first = await finishedCell(page, 0);
  assert.equal(first.text, '2');
  assert.equal(await codeCell(page, 0).locator('.output-prompt').textContent(), 'Out[1]:');
});

test('Shift+Enter in the last cell adds a new cell, as Jupyter does', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  const count = await page.locator('.cell-code').count();
  await setCode(page, count - 1, 'x = 1');
  await page.keyboard.press('Shift+Enter');
  assert.equal(await page.locator('.cell-code').count(), count + 1);
  assert.equal(await focusedCodeCell(page), count);
});

test('a cell waiting behind a running one is queued, then runs with the next count', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  // Both cells are written first, so the second is run moments after the first starts; the
  // first keeps running for three seconds of wall time however loaded the machine is.
  await setCode(page, 1, 'print(total)');
  await setCode(page, 0, 'import time\nstart = time.perf_counter()\nwhile time.perf_counter() - start < 3:\n    pass\ntotal = 7999998000000');
  await page.keyboard.press('Control+Enter');
  await codeCell(page, 1).locator('.cm-content').click();
  await page.keyboard.press('Control+Enter');
  assert.deepEqual(await codeCell(page, 0).evaluate((c) => [c.dataset.state, c.querySelector('.cell-prompt').textContent]), ['running', '[*]']);
  assert.deepEqual(await codeCell(page, 1).evaluate((c) => [c.dataset.state, c.querySelector('.cell-prompt').textContent]), ['queued', '[*]']);
  assert.deepEqual(await finishedCell(page, 1), { state: 'done', prompt: '[2]', text: '7999998000000\n' });
  assert.equal((await cellSummary(codeCell(page, 0))).prompt, '[1]');
});

test("a running cell's tqdm bar advances on one line while the cell runs", async () => {
  const { page, problems } = await openReady(harness, SEED_LESSON);
  // 30 steps of 60 ms of busy work: tqdm redraws its line with '\r' as the steps go; near the
  // end tqdm.write clears the bar, prints a line (to stdout) and redraws the bar below it.
  await setCode(page, 0, [
    'import time',
    'from tqdm import tqdm',
    'for step in tqdm(range(30), desc="train"):',
    '    start = time.perf_counter()',
    '    while time.perf_counter() - start < 0.06:',
    '        pass',
    '    if step == 25:',
    '        tqdm.write("almost done")',
  ].join('\n'));
  await page.keyboard.press('Control+Enter');
  // What the cell shows once its bar has reached `least` steps, or once it has stopped running.
  const barAt = async (least) => (await page.waitForFunction((steps) => {
    const cell = document.querySelectorAll('.cell-code')[0];
    const text = [...cell.querySelectorAll('.output-stderr pre')].at(-1)?.textContent ?? '';
    const reached = Number(text.match(/\| (\d+)\/30 \[/)?.[1]) >= steps;
    return (reached || !['queued', 'running'].includes(cell.dataset.state)) && { state: cell.dataset.state, text };
  }, least, { timeout: CELL_TIMEOUT, polling: 'raf' })).jsonValue();
  const early = await barAt(3);
  const later = await barAt(Number(early.text.match(/(\d+)\/30/)?.[1]) + 5);
  for (const seen of [early, later]) {
    assert.equal(seen.state, 'running', `the bar showed ${JSON.stringify(seen.text)} only once the cell had stopped`);
    assert.match(seen.text, /^train: +\d+%\|[█▏▎▍▌▋▊▉ ]{10}\| \d+\/30 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+it\/s\]$/);
  }
  assert.notEqual(early.text, later.text);
  assert.equal((await finishedCell(page, 0)).state, 'done');
  const shown = await codeCell(page, 0).locator('.output').evaluateAll((blocks) =>
    blocks.filter((block) => getComputedStyle(block).display !== 'none').map((block) => block.textContent));
  assert.equal(shown.length, 2, 'the line the bar cleared for tqdm.write is not shown');
  assert.equal(shown[0], 'almost done\n');
  assert.match(shown[1], /^train: 100%\|██████████\| 30\/30 \[00:0\d<00:00, +[\d.]+it\/s\]\n$/);
  assert.deepEqual(problems, []);
});

test('an error shows the traceback and marks the failing line of the cell', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  await setCode(page, 0, 'import torch\na = torch.tensor([1.0, 2.0])\nb = a.view(3)\nprint("not reached")');
  await page.keyboard.press('Control+Enter');
  const failed = await finishedCell(page, 0);
  assert.equal(failed.state, 'error');
  assert.match(failed.text, /^Traceback \(most recent call last\):\n {2}File "<cell 1>", line 3, in <module>\n {4}b = a\.view\(3\)\n/);
  assert.equal(failed.text.trimEnd().split('\n').at(-1), "RuntimeError: shape '[3]' is invalid for input of size 2");
  const marked = codeCell(page, 0).locator('.cm-error-line');
  assert.equal(await marked.count(), 1);
  assert.equal(await marked.textContent(), 'b = a.view(3)');
  await page.keyboard.type(' ');
  assert.equal(await marked.count(), 0, 'editing clears the mark');
});

// The two tests below need no Python: they do not wait for it to start.
test('Python is highlighted and brackets are matched in the editor', async () => {
  const { page } = await harness.open(SEED_LESSON);
  const cell = codeCell(page, 0);
  await cell.locator('.tok-keyword', { hasText: 'import' }).first().waitFor();
  await setCode(page, 0, 'print((1 + 2))');
  await page.keyboard.press('End');
  assert.equal(await cell.locator('.cm-matchingBracket').count(), 2);
});

test('cells can be added, moved and deleted with their toolbar', async () => {
  const { page } = await harness.open(SEED_LESSON);
  await lessonShown(page);
  const sources = () => page.locator('.cell-code .cm-content').allTextContents();
  const original = await sources();
  const first = codeCell(page, 0);
  await first.hover();
  await first.getByRole('button', { name: 'Add code cell below' }).click();
  await page.keyboard.insertText('added = 1');
  assert.deepEqual(await sources(), [original[0], 'added = 1', ...original.slice(1)]);

  const added = codeCell(page, 1);
  await added.getByRole('button', { name: 'Move cell up' }).click();
  assert.deepEqual((await sources()).slice(0, 2), ['added = 1', original[0]]);
  await codeCell(page, 0).getByRole('button', { name: 'Move cell down' }).click();
  assert.deepEqual((await sources()).slice(0, 2), [original[0], 'added = 1']);
  await codeCell(page, 1).getByRole('button', { name: 'Move cell down' }).click();
  assert.equal((await sources())[1], 'added = 1', 'one step down passes the text cell below it');
  await codeCell(page, 1).getByRole('button', { name: 'Move cell down' }).click();
  assert.equal((await sources())[2], 'added = 1');

  await codeCell(page, 2).getByRole('button', { name: 'Delete cell' }).click();
  assert.deepEqual(await sources(), original);

  await first.hover();
  await first.getByRole('button', { name: 'Add text cell below' }).click();
  await page.keyboard.insertText('## A *new* note');
  await page.keyboard.press('Shift+Enter');
  assert.equal(await page.locator('.cell-markdown h2').filter({ hasText: 'A new note' }).locator('em').textContent(), 'new');
});

test('Run above runs every code cell above the selected one', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  await codeCell(page, 2).locator('.cm-content').click();
  await page.getByRole('button', { name: 'Run above' }).click();
  assert.equal((await finishedCell(page, 1)).text, 'tensor([16., 27., 44.], grad_fn=<AddBackward0>)\n');
  assert.equal((await cellSummary(codeCell(page, 0))).prompt, '[1]');
  assert.equal(await codeCell(page, 2).getAttribute('data-state'), 'idle');
});

test('Clear outputs empties every output and execution count', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  for (const index of [0, 1]) {
    await codeCell(page, index).getByRole('button', { name: 'Run cell' }).click();
    await finishedCell(page, index);
  }
  await page.getByRole('button', { name: 'Clear outputs' }).click();
  assert.deepEqual(await cellSummary(codeCell(page, 0)), { state: 'idle', prompt: '[ ]', text: '' });
  assert.deepEqual(await cellSummary(codeCell(page, 1)), { state: 'idle', prompt: '[ ]', text: '' });
});

test('after an error the next cells still run in the same namespace', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  await codeCell(page, 0).getByRole('button', { name: 'Run cell' }).click();
  assert.equal((await finishedCell(page, 0)).state, 'done');
  await setCode(page, 1, 'torch.tensor([1.0, 2.0]) + torch.tensor([1.0, 2.0, 3.0])');
  await page.keyboard.press('Shift+Enter');
  const failed = await finishedCell(page, 1);
  assert.equal(failed.state, 'error');
  assert.equal(failed.text.trimEnd().split('\n').at(-1),
    'RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0');
  await page.keyboard.press('Shift+Enter');
  assert.deepEqual(await finishedCell(page, 2), {
    state: 'done', prompt: '[3]', text: 'Gradients of z with respect to x:  None\nGradients of z with respect to y:  None\n',
  });
});
