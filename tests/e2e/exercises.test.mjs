// Exercises that check themselves: lesson 1's exercise answered wrongly and rightly, its hints
// one at a time and its solution (marked as shown), the progress kept across a reload, shown on
// the course index and exported as JSON; the hidden checks nowhere in the page, its files or the
// downloaded notebook; and the verdict in an embedded lesson.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { screenshotPath, startHarness } from './harness.mjs';
import { CELL_TIMEOUT, SEED_LESSON, codeCell, finishedCell, runAll, setCode } from './notebook.mjs';
import { parseNotebook } from '../../web/lesson-format/ipynb.mjs';

const LESSON_FILE = '01-gradients-and-backpropagation.md';
const EXERCISE = 6; // lesson 1's exercise is its 7th code cell
// Words of the exercise's checks and solution that a learner must not find before asking.
const HIDDEN = ['x_check', 'check_grad', '16.0, 31.0'];

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

// This file starts Python three times (the lesson, its reload, the embed): on a busy machine one
// start can outlast notebook.mjs's minute.
const PYTHON_START = 180_000;
const pythonReady = (page) => page.locator('#runtime-status[data-status="ready"]').waitFor({ timeout: PYTHON_START });

const exercise = (page) => page.locator('.cell-exercise');
const verdict = (page) => exercise(page).locator('.exercise-verdict');

/** Waits for the exercise's verdict after a run and reads it: { kind, text }. */
async function verdictAfterRun(page) {
  await verdict(page).and(page.locator(':not([data-verdict="checking"])')).waitFor({ timeout: CELL_TIMEOUT });
  return verdict(page).evaluate((element) => ({ kind: element.dataset.verdict, text: element.innerText.trim() }));
}

async function runExercise(page, code) {
  await setCode(page, EXERCISE, code);
  await page.keyboard.press('Control+Enter');
  await finishedCell(page, EXERCISE);
  return verdictAfterRun(page);
}

async function fileMenu(page, item) {
  await page.locator('#file-menu > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return readFile(await download.path(), 'utf8');
}

async function shoot(page, name) {
  await exercise(page).scrollIntoViewIfNeeded();
  await exercise(page).screenshot({ path: await screenshotPath(name) });
}

test('an exercise checks a wrong and a right answer, gives hints one at a time and its solution, and keeps the progress', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  await pythonReady(page);
  assert.equal(await page.locator('.exercise-summary').innerText(), 'Exercises: 0 of 1 passed\n○ Exercise 1');

  // The starter, run with the lesson: a friendly verdict, and the cell itself ran fine.
  await runAll(page);
  assert.deepEqual(await verdictAfterRun(page), { kind: 'fail', text: '✗ x_grad should be [7, 16, 31], yours is [0, 0, 0]' });
  assert.equal((await finishedCell(page, EXERCISE)).state, 'done');
  assert.equal(await exercise(page).locator('.output-error').count(), 0, 'a failed check is no traceback');

  // The learner's own error is the cell's error, as Python prints it; nothing is checked.
  assert.deepEqual(await runExercise(page, 'x_grad = 3 * x ** 2 + four'), {
    kind: 'not-checked', text: 'Not checked: your code raised an error (above). Fix it and run the cell again.',
  });
  assert.match(await exercise(page).locator('.output-error').innerText(), /NameError: name 'four' is not defined/);
  assert.deepEqual(await runExercise(page, 'x_grad = torch.tensor([7, 16, 31])'), {
    kind: 'fail', text: '✗ x_grad should hold floating-point numbers (torch.float32), yours holds integers (torch.int64)',
  });

  // Hints, one at a time.
  const hintButton = exercise(page).locator('.exercise-hint-button');
  assert.equal(await hintButton.innerText(), 'Show hint 1 of 2');
  await hintButton.click();
  assert.equal(await exercise(page).locator('.exercise-hint').count(), 1);
  assert.match(await exercise(page).locator('.exercise-hint').first().innerText(), /^HINT 1 OF 2\s+Differentiate each term on its own/i);
  assert.equal(await hintButton.innerText(), 'Show hint 2 of 2');
  await hintButton.click();
  assert.equal(await exercise(page).locator('.exercise-hint').count(), 2);
  assert.ok(!(await hintButton.isVisible()), 'no hint is left to show');

  // The right answer.
  assert.deepEqual(await runExercise(page, 'x_grad = 3 * x.detach() ** 2 + 4'), { kind: 'pass', text: '✓ Correct\nx_grad: exact' });
  assert.equal(await exercise(page).locator('.exercise-bar').innerText(), 'EXERCISE\n✓ Passed');
  assert.equal(await page.locator('.exercise-summary').innerText(), 'Exercises: 1 of 1 passed\n✓ Exercise 1');
  await shoot(page, 'exercise-passed-with-hints');

  // The solution, on request, and marked as shown.
  assert.ok(!(await page.locator('.exercise-solution').isVisible()));
  await exercise(page).getByRole('button', { name: 'Show solution' }).click();
  assert.match(await exercise(page).locator('.exercise-solution-code').innerText(), /x_grad = torch\.tensor\(\[7\.0, 16\.0, 31\.0\]\)/);
  assert.match(await exercise(page).locator('.exercise-bar').innerText(), /Solution shown/);
  await exercise(page).getByRole('button', { name: 'Put it in the cell' }).click();
  assert.match(await codeCell(page, EXERCISE).locator('.cm-content').innerText(), /x_grad = torch\.tensor\(\[7\.0, 16\.0, 31\.0\]\)/);
  await shoot(page, 'exercise-solution');
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'exercise-solution-narrow');

  // What a learner can read: the page, its lesson file and the notebook they download.
  const pageText = await page.evaluate(() => document.documentElement.outerHTML + document.body.innerText);
  const served = await page.evaluate((file) => fetch(`lessons/${file}`).then((r) => r.text()), LESSON_FILE);
  const downloaded = await fileMenu(page, 'Download as .ipynb');
  for (const hidden of ['x_check', 'check_grad']) {
    assert.ok(!pageText.includes(hidden), `the page shows “${hidden}”`);
    assert.ok(!served.includes(hidden), `the lesson file shows “${hidden}”`);
    assert.ok(!downloaded.includes(hidden), `the downloaded notebook shows “${hidden}”`);
  }
  assert.ok(!served.includes('16.0, 31.0'), 'the lesson file shows the solution');
  const saved = parseNotebook(downloaded).cells.filter((c) => c.type === 'code')[EXERCISE];
  assert.equal(saved.exercise.id, 'power-rule');
  assert.equal(saved.exercise.hints.length, 2);
  assert.equal(saved.exercise.checks, null);

  // The progress survives a reload.
  await page.reload();
  await pythonReady(page);
  assert.equal(await exercise(page).locator('.exercise-bar').innerText(), 'EXERCISE\n✓ Passed\nSolution shown');
  assert.equal(await exercise(page).locator('.exercise-hint').count(), 2);
  assert.ok(await page.locator('.exercise-solution').isVisible());
  assert.equal(await page.locator('.exercise-summary').innerText(), 'Exercises: 1 of 1 passed\n✓ Exercise 1');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: await screenshotPath('exercise-lesson-top-narrow') });

  // The teacher's copy.
  const exported = JSON.parse(await fileMenu(page, 'Export exercise progress'));
  assert.equal(exported.format, 'gradbook-progress');
  assert.equal(exported.version, 1);
  assert.equal(exported.course, new URL('./', page.url()).href);
  assert.ok(!Number.isNaN(Date.parse(exported.exportedAt)));
  assert.equal(exported.lessons.length, 1);
  const [lesson] = exported.lessons;
  assert.equal(lesson.lesson, LESSON_FILE);
  assert.equal(lesson.title, 'Gradients and backpropagation');
  assert.equal(lesson.exercises.length, 1);
  const [progress] = lesson.exercises;
  assert.deepEqual({ ...progress, passedAt: typeof progress.passedAt, solutionShownAt: typeof progress.solutionShownAt }, {
    id: 'power-rule', passed: true, attempts: 3, hintsShown: 2, solutionShown: true, passedAt: 'string', solutionShownAt: 'string',
  });
  assert.ok(progress.passedAt < progress.solutionShownAt, 'it passed before the solution was shown');

  // The course index marks the lesson.
  await page.goto(new URL('./', page.url()).href);
  const item = page.locator('.lesson-list li').first();
  assert.match(await item.innerText(), /Gradients and backpropagation.*✓ 1 of 1 exercise/s);
  assert.match(await page.locator('.lesson-list li').nth(1).innerText(), /Loss functions.*0 of 1 exercise/s);
  assert.equal(await page.locator('.badge-exercises[data-done="true"]').count(), 1, 'only the lesson whose exercise passed is marked done');
  await page.setViewportSize({ width: 1100, height: 900 });
  await harness.screenshot(page, 'exercise-course-index');
  assert.deepEqual(problems, []);
});

test('an exercise gives its verdict in an embedded lesson (embed.html) too', async () => {
  const { page, problems } = await harness.open(`embed.html?lesson=${LESSON_FILE}`);
  await page.getByRole('button', { name: 'Run all' }).waitFor();
  await page.getByRole('button', { name: 'Run all' }).click();
  await page.locator('.exercise-verdict[data-verdict="fail"]').waitFor({ timeout: PYTHON_START });
  assert.equal(await verdict(page).innerText(), '✗ x_grad should be [7, 16, 31], yours is [0, 0, 0]');
  assert.ok(!(await page.evaluate(() => document.querySelector('#lesson').shadowRoot.innerHTML)).includes('x_check'));
  await exercise(page).getByRole('button', { name: 'Show hint 1 of 2' }).click();
  await shoot(page, 'exercise-embed');
  assert.deepEqual(problems, []);
});
