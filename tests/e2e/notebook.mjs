// What e2e tests do with a notebook page: open a lesson once Python is ready, type into a cell,
// wait for a cell to finish and read what it shows.
export const PYTHON_START_TIMEOUT = 120_000;
export const CELL_TIMEOUT = 30_000;
export const SEED_LESSON = '?lesson=01-gradients-and-backpropagation.md';

/** Opens `path` and waits until Python is ready. */
export async function openReady(harness, path, options) {
  const opened = await harness.open(path, options);
  await pythonReady(opened.page);
  return opened;
}

export function pythonReady(page, timeout = PYTHON_START_TIMEOUT) {
  return page.locator('#runtime-status[data-status="ready"]').waitFor({ timeout });
}

/** Waits until the lesson's code cells show, for a test that needs no Python: it may still be starting. */
export function lessonShown(page) {
  return codeCell(page, 0).locator('.cm-content').waitFor();
}

export const codeCell = (page, index) => page.locator('.cell-code').nth(index);

/** Replaces the code of code cell `index` with `text` (the editor keeps focus). */
export async function setCode(page, index, text) {
  await codeCell(page, index).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
}

/** Waits until the browser's storage holds `text`: edits are saved a moment after typing. */
export function storedEdits(page, text) {
  return page.waitForFunction((saved) => Object.values(localStorage).some((value) => value.includes(saved)), text);
}

/** Waits until code cell `index` has a run numbered `count` (or any run) done, and reads it. */
export async function finishedCell(page, index, { count } = {}) {
  const cell = codeCell(page, index);
  const finished = page.locator('[data-state="done"], [data-state="error"]');
  await cell.and(finished).waitFor({ timeout: CELL_TIMEOUT });
  if (count !== undefined) {
    await cell.locator('.cell-prompt', { hasText: `[${count}]` }).waitFor({ timeout: CELL_TIMEOUT });
  }
  return cellSummary(cell);
}

/** The cell's state, prompt and output text (without what went to stderr if `stderr` is false). */
export function cellSummary(cell, { stderr = true } = {}) {
  return cell.evaluate((element, withStderr) => ({
    state: element.dataset.state,
    prompt: element.querySelector('.cell-prompt').textContent,
    text: [...element.querySelectorAll('.cell-output pre')]
      .filter((pre) => withStderr || !pre.closest('.output-stderr'))
      .map((pre) => pre.textContent).join(''),
  }), stderr);
}

/** Runs every cell with Run all and waits until none is queued or running. */
export async function runAll(page, timeout = 240_000) {
  await page.getByRole('button', { name: 'Run all' }).click();
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll('.cell-code')];
    return cells.every((c) => c.dataset.state === 'done' || c.dataset.state === 'error');
  }, null, { timeout, polling: 200 });
}

/**
 * Opens a lesson file from disk through File → Open a lesson file… and waits for Python (for
 * `pythonTimeout` ms, where a file starts it more than once on a busy machine).
 */
export async function openLessonFile(harness, file, { name, mimeType = 'text/markdown', path = '', pythonTimeout } = {}) {
  const opened = await harness.open(path);
  const { page } = opened;
  const payload = typeof file === 'string' && !name ? file : { name, mimeType, buffer: Buffer.from(file) };
  await page.locator('#file-menu > summary').click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('menuitem', { name: 'Open a lesson file…' }).click(),
  ]);
  await chooser.setFiles(payload);
  await page.waitForURL(/[?&]file=/);
  await pythonReady(page, pythonTimeout);
  return opened;
}
