// Lessons as files: a Jupyter notebook opened from disk (attachment images, stored outputs shown
// as expected output until the cell runs, no accessibility violation once run: axe.mjs), saved
// back as .ipynb with the same content, and every edit kept in the browser per lesson, across
// reloads and runtime crashes, until Reset to original.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';
import { assertNoViolations } from './axe.mjs';
import { parseNotebook } from '../../web/lesson-format/ipynb.mjs';
import { SEED_LESSON, cellSummary, codeCell, finishedCell, lessonShown, openLessonFile, openReady, pythonReady, runAll, setCode, storedEdits } from './notebook.mjs';

const fixture = (name) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const NOTEBOOK = fixture('notebook-lesson.ipynb');

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

// One opened notebook for what the file shows, its run, and what Download as .ipynb saves of it.
describe('a notebook opened from disk', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openLessonFile(harness, NOTEBOOK));
  });

  test("its markdown, attachment image, math and code render; stored outputs show as expected output; after Run all it has no accessibility violation", async () => {
    assert.equal(await page.title(), 'A notebook lesson · Gradbook');
    const image = page.locator('.cell-markdown img[alt="a blue square"]');
    assert.match(await image.getAttribute('src'), /^data:image\/png;base64,iVBOR/);
    assert.equal(await image.evaluate((img) => img.complete && img.naturalWidth), 8);
    assert.ok(await page.locator('.cell-markdown .katex').count() >= 2);
    const code = page.locator('.cell-markdown pre code.language-python');
    assert.equal(await code.textContent(), 'def slope(x):\n    return 2 * x');
    assert.equal(await code.locator('.tok-keyword', { hasText: 'def' }).count(), 1, 'code in prose is highlighted');

    const first = codeCell(page, 0);
    assert.equal(await first.locator('.expected-label').count(), 1);
    assert.equal((await cellSummary(first)).text, 'tensor([2., 4.])\n');
    assert.equal((await cellSummary(codeCell(page, 1))).text, 'tensor([20., 40.])');

    await runAll(page);
    assert.equal(await page.locator('.expected-label').count(), 0, 'running replaces the expected output');
    assert.equal((await finishedCell(page, 1)).text, 'tensor([20., 40.])');
    await harness.screenshot(page, 'notebook-lesson');
    await assertNoViolations(page, 'notebook-lesson.ipynb');
    assert.deepEqual(problems, []);
  });

  test('Download as .ipynb saves the same notebook, with the outputs of the run above', async () => {
    await page.locator('#file-menu > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download as .ipynb' }).click()]);
    assert.equal(download.suggestedFilename(), 'notebook-lesson.ipynb');
    const saved = parseNotebook(await readFile(await download.path(), 'utf8'));
    const original = parseNotebook(await readFile(NOTEBOOK, 'utf8'));
    assert.equal(saved.title, original.title);
    assert.deepEqual(saved.cells.map(({ expected, ...cell }) => cell), original.cells.map(({ expected, ...cell }) => cell));
    assert.deepEqual(saved.cells[1].expected, [{ kind: 'stream', name: 'stdout', text: 'tensor([2., 4.])\n' }]);
    assert.deepEqual(saved.cells[2].expected[0].data['text/plain'], 'tensor([20., 40.])');
    assert.equal(saved.cells[2].expected[0].count, 2);
    assert.ok(saved.cells[2].expected[0].data['application/vnd.gradbook.tensor+json'], 'the table data travels too');
  });

  test('a downloaded notebook opens again with the same cells', async () => {
    await setCode(page, 1, 'x.grad * 100');
    await page.locator('#file-menu > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download as .ipynb' }).click()]);
    const text = await readFile(await download.path(), 'utf8');
    const again = await openLessonFile(harness, text, { name: 'again.ipynb', mimeType: 'application/json' });
    assert.deepEqual(await again.page.locator('.cell-code .cm-content').allInnerTexts(), [
      'import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\n(x ** 2).sum().backward()\nprint(x.grad)',
      'x.grad * 100',
    ]);
  });
});

test('a file that is not a lesson is refused with a clear message', async () => {
  const { page } = await harness.open('');
  await page.locator('#file-input').setInputFiles({ name: 'broken.ipynb', mimeType: 'application/json', buffer: Buffer.from('{"cells": 1}') });
  const notice = page.locator('#notice[data-event="open-failed"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /Could not open “broken\.ipynb”: not a Jupyter notebook: it has no "cells" list/);
});

test('a notebook that breaks the format is refused with a message naming the problem', async () => {
  const { page } = await harness.open('');
  const refusal = async (name, notebook) => {
    await page.locator('#file-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(notebook)) });
    const notice = page.locator(`#notice[data-event="open-failed"]`, { hasText: name });
    await notice.waitFor();
    return (await notice.textContent()).replace(/✕$/, '');
  };
  assert.equal(await refusal('v3.ipynb', { nbformat: 3, worksheets: [] }), 'Could not open “v3.ipynb”: nbformat 3 is not supported; save it as nbformat 4');
  assert.equal(await refusal('null-output.ipynb', { nbformat: 4, cells: [{ cell_type: 'code', source: '', outputs: [null] }] }),
    'Could not open “null-output.ipynb”: cell 1, output 1: an output must be an object, not null');
  assert.equal(page.url(), harness.url, 'the page stays where it was');
});

test('edits are saved per lesson and survive a reload and a runtime restart', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  await setCode(page, 0, 'edited = True');
  const first = codeCell(page, 0);
  await first.hover();
  await first.getByRole('button', { name: 'Add code cell below' }).click();
  await page.keyboard.insertText('second = 2');
  await storedEdits(page, 'second = 2');
  await page.getByRole('button', { name: 'Restart' }).click();
  await page.reload();
  await pythonReady(page);
  assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), 'edited = True');
  assert.equal(await codeCell(page, 1).locator('.cm-content').innerText(), 'second = 2');

  await page.goto(new URL('./', page.url()).href);
  assert.equal(await page.locator('.lesson-list li').first().locator('.badge-edited').textContent(), 'edited');
});

test('edits survive Python crashing, and Restart brings Python back', async () => {
  const { page, problems } = await openReady(harness, SEED_LESSON);
  await setCode(page, 0, 'kept = "my edit"');
  // Calling a null C function pointer traps inside WebAssembly: Pyodide's fatal error.
  await setCode(page, 1, 'import ctypes\nctypes.CFUNCTYPE(None)(0)()');
  await page.keyboard.press('Control+Enter');
  const crashed = await finishedCell(page, 1);
  assert.equal(crashed.state, 'error');
  assert.match(crashed.text, /^Python stopped: .+ — Restart to continue; your edits are kept\.$/);
  assert.equal(await page.locator('#runtime-status').getAttribute('data-status'), 'failed');
  assert.match(await page.locator('#runtime-status').textContent(), /^Python stopped: .+ — Restart to continue$/);
  assert.ok(problems.some((problem) => problem.includes('Pyodide has suffered a fatal error')));

  await page.getByRole('button', { name: 'Restart' }).click();
  await pythonReady(page);
  await codeCell(page, 0).getByRole('button', { name: 'Run cell' }).click();
  assert.equal((await finishedCell(page, 0, { count: 1 })).state, 'done');
  await page.reload();
  await pythonReady(page);
  assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), 'kept = "my edit"');
  assert.equal(await codeCell(page, 1).locator('.cm-content').innerText(), 'import ctypes\nctypes.CFUNCTYPE(None)(0)()');
});

test('Reset to original brings back the lesson text for good', async () => {
  const { page } = await harness.open(SEED_LESSON);
  await lessonShown(page);
  const original = await codeCell(page, 0).locator('.cm-content').innerText();
  await setCode(page, 0, 'changed = 1'); // saved soon after, which enables Reset to original
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#file-menu > summary').click();
  await page.getByRole('menuitem', { name: 'Reset to original' }).click();
  assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), original);
  await page.reload();
  await lessonShown(page);
  assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), original);
  assert.equal(await page.getByRole('menuitem', { name: 'Reset to original', includeHidden: true }).isDisabled(), true);
});

test('raw cells, unknown cell types and cell metadata survive Download as .ipynb', async () => {
  const original = {
    nbformat: 4, nbformat_minor: 5, metadata: { authors: ['A. Author'] },
    cells: [
      { cell_type: 'raw', id: 'raw', metadata: { format: 'text/x-rst' }, source: ['.. note:: kept'] },
      { cell_type: 'widget', id: 'odd', metadata: {}, source: ['opaque'], extra: { kept: true } },
      { cell_type: 'code', id: 'code', metadata: { tags: ['solution'] }, execution_count: null, source: ['x = 1'], outputs: [] },
    ],
  };
  const { page } = await openLessonFile(harness, JSON.stringify(original), { name: 'kinds.ipynb', mimeType: 'application/json' });
  assert.equal(await page.locator('.cell-raw .raw-label').first().textContent(), 'Raw cell: text kept as written, not run');
  assert.match(await page.locator('.cell-unknown .raw-label').textContent(), /A “widget” cell, which Gradbook does not show/);
  await page.locator('#file-menu > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download as .ipynb' }).click()]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(saved.cells, original.cells);
  assert.deepEqual(saved.metadata.authors, ['A. Author']);
});

/** Opens `text` as file `name` through the File menu of the page already open. */
async function openAnother(page, name, text) {
  const before = page.url();
  await page.locator('#file-menu > summary').click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: 'Open a lesson file…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await page.waitForURL((url) => url.href !== before && url.searchParams.has('file'));
  await pythonReady(page);
}

test('a different file under a name opened before is its own lesson, and the earlier one is offered with its edits', async () => {
  const { page } = await openLessonFile(harness, '# First\n\n```python\nfirst = 1\n```\n', { name: 'lesson.md' });
  await setCode(page, 0, 'first = 11');
  await storedEdits(page, 'first = 11');
  await openAnother(page, 'lesson.md', '# Second\n\n```python\nsecond = 2\n```\n');
  assert.equal(await page.title(), 'Second · Gradbook');
  assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), 'second = 2');
  const notice = page.locator('#notice[data-event="namesake"]');
  assert.match(await notice.textContent(), /Another file named “lesson\.md” was opened here before; it is kept, with your edits: open it/);
  await notice.getByRole('link', { name: 'open it' }).click();
  await pythonReady(page);
  assert.equal(await page.title(), 'First · Gradbook');
  assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), 'first = 11');
});

test('a file kept by its name, as before files were kept by content, opens with its edits', async () => {
  const { page } = await harness.open('');
  await page.evaluate(() => {
    localStorage.setItem('gradbook:v1:opened:old.md', JSON.stringify({ name: 'old.md', text: '# Old\n\n```python\nold = 1\n```\n' }));
    localStorage.setItem('gradbook:v1:edits:opened:old.md', JSON.stringify({ savedAt: '2026-01-01T00:00:00Z', cells: [{ type: 'markdown', source: '# Old' }, { type: 'code', source: 'old = "edited"' }] }));
  });
  await page.goto(new URL('?open=old.md', page.url()).href);
  await lessonShown(page);
  assert.match(page.url(), /\?file=[0-9a-f]{16}$/);
  assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), 'old = "edited"');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':opened:'))), []);
  await page.reload();
  await lessonShown(page);
  assert.equal(await codeCell(page, 0).locator('.cm-content').innerText(), 'old = "edited"');
});
