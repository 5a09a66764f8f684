// When Python itself is lost (a fatal error inside the interpreter, or its worker ended by a
// cell) the page says so in one line, marks what the later cells show as stale, runs nothing
// into the void, and Restart brings Python back. What a cell returns never kills Python.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';
import { SEED_LESSON, cellSummary, codeCell, finishedCell, openReady, pythonReady, runAll, setCode } from './notebook.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const RECURSION = 'import sys\nsys.setrecursionlimit(10**6)\ndef down(n):\n    return down(n + 1)\ndown(0)';
const status = (page) => page.locator('#runtime-status');
const stale = (page, index) => codeCell(page, index).locator('.cell-output.stale .stale-label').count();

test('deep recursion after sys.setrecursionlimit stops Python with one line, and the outputs below turn stale', async () => {
  const { page } = await openReady(harness, SEED_LESSON);
  await runAll(page);
  const cells = await page.locator('.cell-code').count();
  // A cell that showed nothing (the lesson's exercise gives only a verdict) has no output to mark.
  const printed = await page.locator('.cell-code').evaluateAll((all) => all.map((cell) => cell.querySelector('.cell-output').childElementCount > 0));
  await setCode(page, 1, RECURSION);
  await page.getByRole('button', { name: 'Run all' }).click();

  assert.deepEqual(await finishedCell(page, 1), {
    state: 'error', prompt: `[${cells + 2}]`,
    text: "Python stopped: maximum recursion depth exceeded (deeper than the browser's stack) — Restart to continue; your edits are kept.",
  });
  assert.equal(await status(page).textContent(), "Python stopped: maximum recursion depth exceeded (deeper than the browser's stack) — Restart to continue");
  assert.equal(await stale(page, 0), 0, 'the cell above ran in this Python and stands');
  for (let i = 2; i < cells; i++) {
    assert.equal((await cellSummary(codeCell(page, i))).state, 'idle', `cell ${i} never ran`);
    assert.equal(await stale(page, i), printed[i] ? 1 : 0, `cell ${i} shows its earlier output as stale`);
  }
  await harness.screenshot(page, 'python-stopped');

  await codeCell(page, 2).getByRole('button', { name: 'Run cell' }).click();
  assert.match((await finishedCell(page, 2)).text, /^RuntimeError: Python is not available: maximum recursion depth exceeded .*\. Restart to try again\.\n$/);

  await page.getByRole('button', { name: 'Restart' }).click();
  await pythonReady(page);
  await codeCell(page, 0).getByRole('button', { name: 'Run cell' }).click();
  assert.equal((await finishedCell(page, 0, { count: 1 })).state, 'done');
  await codeCell(page, 2).getByRole('button', { name: 'Run cell' }).click();
  await finishedCell(page, 2, { count: 2 });
  assert.equal(await stale(page, 2), 0, 'a cell that runs again is fresh');
});

// One page for a value that must not stop Python, and then for the cell that does stop it.
describe('a lesson whose Python is lost by a cell', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openReady(harness, SEED_LESSON));
  });

  test('a value whose _repr_mimebundle_ returns a set shows as text with a warning, and Python goes on', async () => {
    await setCode(page, 0, 'class Weird:\n    def _repr_mimebundle_(self, **kw): return {1, 2}\n    def __repr__(self): return "Weird()"\nWeird()');
    await page.keyboard.press('Control+Enter');
    assert.deepEqual(await finishedCell(page, 0), {
      state: 'done', prompt: '[1]',
      text: 'FormatterWarning: Weird._repr_mimebundle_() returned set, not dict; showing repr() instead\nWeird()',
    });
    await setCode(page, 1, 'print(40 + 2)');
    await page.keyboard.press('Control+Enter');
    assert.deepEqual(await finishedCell(page, 1), { state: 'done', prompt: '[2]', text: '42\n' });
    assert.equal(await status(page).getAttribute('data-status'), 'ready');
    assert.deepEqual(problems, []);
  });

  test('a cell that closes the Python worker (js.close()) is noticed: the next cell is refused, not left at [*]', async () => {
    await setCode(page, 0, 'import js\njs.close()');
    await page.keyboard.press('Control+Enter');
    await finishedCell(page, 0);
    await status(page).and(page.locator('[data-status="failed"]')).waitFor();
    assert.equal(await status(page).textContent(), 'Python stopped: its worker was closed — Restart to continue');

    await setCode(page, 1, 'print("hello")');
    await page.keyboard.press('Control+Enter');
    assert.deepEqual(await finishedCell(page, 1), {
      state: 'error', prompt: '[ ]', text: 'RuntimeError: Python is not available: its worker was closed. Restart to try again.\n',
    });
    await page.getByRole('button', { name: 'Restart' }).click();
    await pythonReady(page);
    await codeCell(page, 1).getByRole('button', { name: 'Run cell' }).click();
    assert.deepEqual(await finishedCell(page, 1, { count: 1 }), { state: 'done', prompt: '[1]', text: 'hello\n' });
    assert.deepEqual(problems, []);
  });
});
