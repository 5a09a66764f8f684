// The seed lesson in a real browser: every cell must print exactly what PyTorch prints, and a
// failing cell must show PyTorch's error without stopping the notebook.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';

// What PyTorch prints for each code cell of lessons/01-gradients-and-backpropagation.md, in order.
const SEED_OUTPUTS = [
  '',
  'tensor([16., 27., 44.], grad_fn=<AddBackward0>)\n',
  'Gradients of z with respect to x:  None\nGradients of z with respect to y:  None\n',
  'Gradients of z with respect to x:  tensor([ 6., 12., 18.])\nGradients of z with respect to y:  tensor([2., 2., 2.])\n',
];
const SIZE_MISMATCH = 'RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0';
const PYTHON_START_TIMEOUT = 60_000;
const CELL_TIMEOUT = 20_000;

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

async function openLesson() {
  const opened = await harness.open('?lesson=01-gradients-and-backpropagation.md');
  await opened.page.locator('#runtime-status[data-status="ready"]').waitFor({ timeout: PYTHON_START_TIMEOUT });
  return opened;
}

/** Waits until code cell `index` has finished, and returns its state and output text. */
async function finishedCell(page, index) {
  const cell = page.locator('.cell-code').nth(index);
  await cell.and(page.locator('[data-state="done"], [data-state="error"]')).waitFor({ timeout: CELL_TIMEOUT });
  return cell.evaluate((element) => ({
    state: element.dataset.state,
    text: [...element.querySelectorAll('.output pre')].map((pre) => pre.textContent).join(''),
  }));
}

test('Run all prints exactly what PyTorch prints for the seed lesson', async () => {
  const { page, problems } = await openLesson();
  await page.getByRole('button', { name: 'Run all' }).click();

  const cells = [];
  for (let i = 0; i < SEED_OUTPUTS.length; i++) cells.push(await finishedCell(page, i));
  await harness.screenshot(page, 'seed-lesson-run-all');

  assert.equal(await page.locator('.cell-code').count(), SEED_OUTPUTS.length);
  assert.deepEqual(cells, SEED_OUTPUTS.map((text) => ({ state: 'done', text })));
  assert.deepEqual(problems, []);
});

test('an error shows in its own cell and the next cell still runs', async () => {
  const { page, problems } = await openLesson();
  const cells = page.locator('.cell-code');

  await cells.nth(0).getByRole('button', { name: 'Run cell' }).click();
  assert.equal((await finishedCell(page, 0)).state, 'done');

  await cells.nth(1).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('torch.tensor([1.0, 2.0]) + torch.tensor([1.0, 2.0, 3.0])');
  await page.keyboard.press('Shift+Enter'); // runs the cell and moves to the next one
  const failed = await finishedCell(page, 1);
  assert.equal(failed.state, 'error');
  assert.match(failed.text, /^Traceback \(most recent call last\):\n/);
  assert.equal(failed.text.trimEnd().split('\n').at(-1), SIZE_MISMATCH);

  await page.keyboard.press('Shift+Enter');
  assert.deepEqual(await finishedCell(page, 2), { state: 'done', text: SEED_OUTPUTS[2] });
  await harness.screenshot(page, 'seed-lesson-error');
  assert.deepEqual(problems, []);
});
