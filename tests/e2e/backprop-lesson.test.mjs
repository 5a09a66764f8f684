// The lesson "Backprop by hand" in the page: its five exercises listed at the top, the first
// (dlogits) answered wrongly (the mean's 1/N forgotten) and then rightly with check_grad's
// verdicts, a hint revealed, and the next exercise's verdict pointing back at dlogits until it
// is right; its step-through of the backward pass drawn; and how it reads on a desktop and on
// a phone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, startHarness } from './harness.mjs';
import { CELL_TIMEOUT, codeCell, finishedCell, runAll, setCode } from './notebook.mjs';

const LESSON = '?lesson=08-backprop-by-hand.md';
const STEPPER = 3; // gradbook.step_backward(loss) is the 4th code cell
const DLOGITS = 5; // the dlogits exercise is the 6th
const SECOND_LAYER = 7; // the second layer's exercise the 8th
// Python takes over a minute to start when this machine is busy.
const PYTHON_START = 180_000;

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const verdict = (page, index) => codeCell(page, index).locator('.exercise-verdict');

/** Waits for the verdict of the exercise in code cell `index` after a run and reads it. */
async function verdictAfterRun(page, index) {
  await verdict(page, index).and(page.locator(':not([data-verdict="checking"])')).waitFor({ timeout: CELL_TIMEOUT });
  return verdict(page, index).evaluate((element) => ({ kind: element.dataset.verdict, text: element.innerText.trim() }));
}

async function runCell(page, index, code) {
  await setCode(page, index, code);
  await page.keyboard.press('Control+Enter');
  await finishedCell(page, index);
  return verdictAfterRun(page, index);
}

async function shoot(locator, name) {
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: await screenshotPath(name) });
}

test('Backprop by hand checks dlogits wrong and right with check_grad, gives hints, and its next exercise builds on it', async () => {
  const { page, problems } = await harness.open(LESSON);
  await page.locator('#runtime-status[data-status="ready"]').waitFor({ timeout: PYTHON_START });
  assert.equal(await page.locator('h1').first().innerText(), 'Backprop by hand');
  assert.equal(await page.locator('.exercise-summary').innerText(),
    'Exercises: 0 of 5 passed\n○ Exercise 1\n○ Exercise 2\n○ Exercise 3\n○ Exercise 4\n○ Exercise 5');
  assert.ok(await page.locator('.katex').count() > 10, 'the derivations are typeset');

  // The starters, run with the lesson: zeros everywhere, and each verdict says where.
  await runAll(page);
  assert.deepEqual(await verdictAfterRun(page, DLOGITS), {
    kind: 'fail', text: '✗ dlogits is wrong in 96 of 96 places; at [0, 0] it should be -0.013858, yours is 0',
  });
  assert.equal(await codeCell(page, STEPPER).locator('.step-backward').count(), 1, 'the backward pass can be stepped through');

  // The usual slip: the loss is a mean, and the gradient forgot its 1/N.
  assert.deepEqual(await runCell(page, DLOGITS, 'dlogits = F.softmax(logits, dim=1) - F.one_hot(y, 3)'), {
    kind: 'fail', text: '✗ dlogits is wrong in 96 of 96 places; at [0, 0] it should be -0.013858, yours is -0.443455',
  });
  const exercise = codeCell(page, DLOGITS);
  await exercise.locator('.exercise-hint-button').click();
  assert.match(await exercise.locator('.exercise-hint').innerText(), /^HINT 1 OF 2\s+F\.softmax\(logits, dim=1\) gives the probabilities/i);
  assert.equal(await exercise.locator('.exercise-hint-button').innerText(), 'Show hint 2 of 2');

  // The second layer's check reads dlogits first, so it names the mistake where it was made.
  assert.deepEqual(await runCell(page, SECOND_LAYER, 'dh = dlogits @ W2.T\ndW2 = h.T @ dlogits\ndb2 = dlogits.sum(0)'), {
    kind: 'fail', text: '✗ dlogits is wrong in 96 of 96 places; at [0, 0] it should be -0.013858, yours is -0.443455',
  });

  // Right, with check_grad's agreement beside the verdict.
  assert.deepEqual(await runCell(page, DLOGITS, 'dlogits = (F.softmax(logits, dim=1) - F.one_hot(y, 3)) / N'), {
    kind: 'pass', text: '✓ Correct\ndlogits: approximate (max diff 1.9e-09)',
  });
  assert.equal(await exercise.locator('.exercise-bar').innerText(), 'EXERCISE\n✓ Passed');
  await shoot(exercise, 'backprop-dlogits-passed');
  assert.deepEqual(await runCell(page, SECOND_LAYER, 'dh = dlogits @ W2.T\ndW2 = h.T @ dlogits\ndb2 = dlogits.sum(0)'), {
    kind: 'pass',
    text: '✓ Correct\ndlogits: approximate (max diff 1.9e-09)\ndh: approximate (max diff 3.7e-09)\n'
      + 'dW2: approximate (max diff 3e-08)\ndb2: approximate (max diff 7.5e-09)',
  });
  assert.equal(await page.locator('.exercise-summary').innerText(),
    'Exercises: 2 of 5 passed\n✓ Exercise 1\n✓ Exercise 2\n○ Exercise 3\n○ Exercise 4\n○ Exercise 5');

  // How it reads: the derivations, the shapes table and the stepper, wide and on a phone.
  for (const [width, height, suffix] of [[1280, 900, 'desktop'], [390, 844, 'narrow']]) {
    await page.setViewportSize({ width, height });
    await shoot(page.locator('table').first(), `backprop-shapes-${suffix}`);
    await shoot(page.locator('.katex-display', { hasText: 'onehot' }), `backprop-cross-entropy-${suffix}`);
    await shoot(codeCell(page, STEPPER), `backprop-stepper-${suffix}`);
    await shoot(exercise, `backprop-dlogits-${suffix}`);
  }
  assert.deepEqual(problems, []);
});
