// File › Export as HTML: the learner's notebook as one standalone page, from a course lesson, a
// lesson file opened from disk and a single-file lesson. The page is opened as a learner's
// teacher would open it, from disk: with JavaScript off it shows the code, the outputs (text,
// graphs as SVG, formulas), the exercise's verdict and hints, never its checks or an unrevealed
// solution; printed, nothing is cut at the paper's edge; and nothing hostile in it ever runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startHarness } from './harness.mjs';
import { SEED_LESSON, codeCell, openLessonFile, pythonReady, runAll } from './notebook.mjs';

const OUT = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const ROOT = new URL('../../', import.meta.url);
const fixture = (name) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
// Words of lesson 1's exercise checks and solution (as exercises.test.mjs names them).
const HIDDEN = ['x_check', 'check_grad', '16.0, 31.0'];
// This file starts Python twice: on a busy machine one start can outlast notebook.mjs's minute.
const PYTHON_START = 180_000;

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/** File › Export as HTML; the page's text, also kept in test-output/e2e/<name>.html. */
async function exportHTML(page, name) {
  await page.locator('#file-menu > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export as HTML' }).click()]);
  const html = await readFile(await download.path(), 'utf8');
  await mkdir(OUT, { recursive: true });
  await writeFile(`${OUT}${name}.html`, html);
  return { html, file: pathToFileURL(`${OUT}${name}.html`).href, suggested: download.suggestedFilename() };
}

/**
 * Opens an exported file from disk in a new browser context (with JavaScript off unless
 * `javaScript`), recording every request it makes and every dialog it opens.
 */
async function openExported(page, file, { javaScript = false, viewport = { width: 1100, height: 900 } } = {}) {
  const context = await page.context().browser().newContext({ javaScriptEnabled: javaScript, viewport });
  const exported = await context.newPage();
  const requests = [];
  const dialogs = [];
  exported.on('request', (request) => requests.push(request.url()));
  exported.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await exported.goto(file);
  return { exported, requests, dialogs, close: () => context.close() };
}

const cellText = (page, index) => page.locator('.cell-code').nth(index).innerText();

async function screenshots(page, name) {
  await page.screenshot({ path: `${OUT}${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${OUT}${name}-narrow.png`, fullPage: true });
  // A page with nothing wider than the phone's screen but what scrolls inside its own box.
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(wide, 0, 'the page does not scroll sideways on a phone');
}

test('a course lesson run and exported shows its code and outputs with JavaScript off, and prints whole', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  await pythonReady(page, PYTHON_START);
  await runAll(page);
  const exercise = page.locator('.cell-exercise');
  await exercise.locator('.exercise-verdict[data-verdict="fail"]').waitFor();
  await exercise.getByRole('button', { name: 'Show hint 1 of 2' }).click();
  const { html, file, suggested } = await exportHTML(page, 'export-seed-lesson');
  assert.equal(suggested, '01-gradients-and-backpropagation.html');
  assert.doesNotMatch(html, /<script/i);
  for (const word of HIDDEN) assert.ok(!html.includes(word), `"${word}" of the exercise's checks or solution is not in the file`);
  assert.deepEqual(problems, []);

  const { exported, requests, close } = await openExported(page, file);
  assert.deepEqual(requests, [file], 'the page needs no file but itself');
  assert.equal(await exported.title(), 'Gradients and backpropagation · Gradbook');
  assert.match(await exported.locator('.export-header').innerText(), /^Gradients and backpropagation\n+Lesson 01-gradients-and-backpropagation\.md · exported from Gradbook on .+/);
  assert.equal(await exported.locator('.cell-code').count(), 7);
  assert.match(await cellText(exported, 0), /x = torch\.tensor\(\[1\.0, 2\.0, 3\.0\], requires_grad=True\)/);
  assert.match(await cellText(exported, 1), /\[2\]\n[\s\S]*tensor\(\[16\., 27\., 44\.\], grad_fn=<AddBackward0>\)/);
  assert.match(await cellText(exported, 3), /Gradients of z with respect to x:  tensor\(\[ 6\., 12\., 18\.\]\)/);
  assert.equal(await exported.locator('.cell-code').nth(4).locator('svg.graph-svg').count(), 1, 'the graph as the SVG the page drew');
  assert.match(await exported.locator('.cell-code').nth(4).locator('svg.graph-svg').innerHTML(), /MulBackward0/);
  assert.match(await cellText(exported, 6), /^Exercise\n[\s\S]*\n✗ x_grad should be \[7, 16, 31\], yours is \[0, 0, 0\]\nHint 1 of 2\n/i);
  assert.doesNotMatch(await cellText(exported, 6), /Hint 2 of 2/i);
  assert.ok(await exported.locator('.markdown-body .katex').count() > 0, 'formulas as KaTeX drew them');
  assert.ok(await exported.locator('.markdown-body svg.figure').count() >= 2, "the lesson's own figures");
  // Readable: KaTeX's fonts and the notebook's look came along.
  const looks = await exported.locator('.cell-code').nth(1).locator('.output pre').evaluate((pre) => ({
    font: getComputedStyle(pre).fontFamily, size: parseFloat(getComputedStyle(pre).fontSize), katex: document.fonts.check('16px KaTeX_Main'),
  }));
  assert.match(looks.font, /mono/i);
  assert.ok(looks.size >= 13, `output text of ${looks.size}px`);
  assert.equal(looks.katex, true, "KaTeX's font is in the page");
  await screenshots(exported, 'export-seed-lesson');

  // Printed on A4: code and outputs wrap instead of running off the paper.
  await exported.setViewportSize({ width: 794, height: 1123 });
  await exported.emulateMedia({ media: 'print' });
  const print = await exported.evaluate(() => ({
    codeWraps: getComputedStyle(document.querySelector('.export-code')).whiteSpace,
    overflowing: [...document.querySelectorAll('pre')].filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
    wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  assert.deepEqual(print, { codeWraps: 'pre-wrap', overflowing: 0, wide: 0 });
  await exported.screenshot({ path: `${OUT}export-seed-lesson-print.png`, fullPage: true });
  const pdf = await exported.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
  await writeFile(`${OUT}export-seed-lesson.pdf`, pdf);
  await close();
});

test('hostile text, printed markup and HTML outputs stay inert in the exported page, even with JavaScript on', async () => {
  const { page } = await openLessonFile(harness, fixture('hostile-export.md'), { pythonTimeout: PYTHON_START });
  await runAll(page);
  await codeCell(page, 1).locator('.output-html #kept').waitFor();
  const { html, file, suggested } = await exportHTML(page, 'export-hostile');
  assert.equal(suggested, 'hostile-export.html');
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<[^>]*\son(error|load)=/i, 'no element has an event handler');
  assert.doesNotMatch(html, /<[^>]*javascript:/i);
  assert.doesNotMatch(html, /<button/i);

  const { exported, requests, dialogs, close } = await openExported(page, file, { javaScript: true });
  await exported.waitForTimeout(300);
  assert.equal(await exported.evaluate(() => window.pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(requests, [file], 'a missing picture is left without a source, not fetched from the site');
  // What was printed is shown as the text it was; the HTML output keeps its harmless parts.
  assert.equal(await exported.locator('.cell-code').nth(0).locator('.output-stdout pre').innerText(),
    '<img src=x onerror="window.pwned = \'printed img\'"><script>window.pwned = "printed script"</script>\n');
  assert.equal(await exported.locator('#kept').innerText(), 'bold stays');
  assert.equal(await exported.locator('#evil').count(), 1, 'the image stays, without its handler');
  assert.equal(await exported.locator('#js-link').getAttribute('href'), null);
  assert.match(await exported.locator('.output-error').innerText(), /ValueError: <svg onload=/);
  assert.equal(await exported.locator('.markdown-body .katex').count(), 1);
  await exported.click('#js-link');
  await exported.waitForTimeout(200);
  assert.equal(await exported.evaluate(() => window.pwned), undefined);
  await close();
});

test('a single-file lesson exports from file://, its recorded outputs marked as recorded', async () => {
  const single = pathToFileURL(fileURLToPath(new URL('dist/single/01-gradients-and-backpropagation.html', ROOT))).href;
  const { page } = await harness.open(single);
  await codeCell(page, 1).locator('.cell-output.expected').waitFor();
  const { file } = await exportHTML(page, 'export-single-file');
  const { exported, requests, close } = await openExported(page, file);
  assert.deepEqual(requests, [file]);
  const output = exported.locator('.cell-code').nth(1).locator('.cell-output.expected');
  assert.match(await output.innerText(), /^Recorded output: the cell was not run in this copy\ntensor\(\[16\., 27\., 44\.\], grad_fn=<AddBackward0>\)/);
  assert.equal(await exported.locator('.cell-code').nth(0).locator('.cell-prompt').innerText(), '[ ]');
  await close();
});
