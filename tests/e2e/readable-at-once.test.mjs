// A lesson is readable at once: its text and recorded outputs show before Python has started,
// a card shows Python's start (phases, bytes received of the total), and a cell run meanwhile
// queues and runs once Python is ready. The same recorded outputs ship with the embed form and
// the single-file lesson.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startHarness } from './harness.mjs';
import { CELL_TIMEOUT, PYTHON_START_TIMEOUT, SEED_LESSON, cellSummary, codeCell } from './notebook.mjs';

const ROOT = new URL('../../', import.meta.url);
const SEED = '01-gradients-and-backpropagation';
const recorded = JSON.parse(readFileSync(new URL(`tests/lessons/${SEED}.json`, ROOT), 'utf8'));
const FIRST_PRINTING = recorded.findIndex((cell) => cell.stdout); // the first code cell that prints

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/** What the page's start card has shown, in order: each phase once, and the byte counts. */
function watchProgress(page) {
  return page.evaluate(() => {
    const card = document.getElementById('runtime-progress');
    window.seenProgress = { phases: [], bytes: [] };
    const look = () => {
      const { phase } = card.dataset;
      if (phase && window.seenProgress.phases.at(-1) !== phase && !card.hidden) window.seenProgress.phases.push(phase);
      const bytes = card.querySelector('.runtime-bytes')?.textContent;
      if (bytes && window.seenProgress.bytes.at(-1) !== bytes) window.seenProgress.bytes.push(bytes);
    };
    new MutationObserver(look).observe(card, { subtree: true, attributes: true, childList: true, characterData: true });
    look();
  });
}

test('on a first visit with an empty cache, the text and recorded outputs show long before Python is ready', async () => {
  // The file's first page: the browser has cached nothing of the site yet.
  const { page, problems } = await harness.open(SEED_LESSON, { viewport: { width: 1920, height: 1080 } });
  const shown = await page.locator('.expected-label').first().evaluate((label) => {
    label.scrollIntoView();
    return { at: performance.now(), python: document.getElementById('runtime-status').dataset.status };
  });
  // Timings are reported, not asserted: this machine's load varies.
  console.log(`# first recorded output shown by ${Math.round(shown.at)} ms after navigation, Python still ${shown.python}`);
  assert.equal(shown.python, 'loading');
  await harness.screenshot(page, 'lesson-before-python-1920');
  assert.deepEqual(problems, []);
});

test('before Python starts, the lesson shows its recorded outputs and the start card; a cell run then queues and runs when Python is ready', async () => {
  const { page, problems } = await harness.open('');
  // Pyodide's interpreter is held back until the test lets it through.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  let asked;
  const askedFor = new Promise((resolve) => (asked = resolve));
  await page.route(/\/pyodide\.asm\.wasm$/, async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await page.goto(new URL(SEED_LESSON, harness.url).href);

  const cell = codeCell(page, FIRST_PRINTING);
  await cell.locator('.expected-label').waitFor();
  assert.equal(await cell.locator('.expected-label').textContent(), 'Recorded output — run the cell to see it live');
  assert.equal((await cellSummary(cell)).text, recorded[FIRST_PRINTING].stdout, 'the recorded output is what PyTorch printed');
  assert.equal(await page.locator('.cell-code .expected-label').count(), recorded.filter((c) => c.stdout || c.result).length);

  const card = page.locator('#runtime-progress');
  await card.waitFor();
  await watchProgress(page);
  assert.equal(await card.getAttribute('data-phase'), 'download');
  assert.deepEqual(await card.locator('.runtime-phases li').allTextContents(), ['Download', 'Compile', 'Start Python', 'Import torch']);
  assert.equal(await card.locator('.runtime-phases li[data-state="current"]').textContent(), 'Download');
  await page.waitForFunction(() => /^Downloading Python · [\d.]+ MB$/.test(document.querySelector('.runtime-bytes').textContent));
  assert.equal(await page.locator('#runtime-status').textContent(), 'Downloading…');
  await askedFor; // Pyodide's interpreter is being held now

  // The cell that prints needs the one before it: both are run now, and queue in order.
  await codeCell(page, 0).locator('.run-button').click();
  await cell.locator('.run-button').click();
  for (const queued of [codeCell(page, 0), cell]) {
    assert.equal(await queued.getAttribute('data-state'), 'queued');
    assert.ok(await queued.locator('.cell-queued').isVisible(), 'the cell says it is queued');
  }
  assert.equal((await cellSummary(cell)).text, recorded[FIRST_PRINTING].stdout, 'the recorded output stays while the cell waits');

  release();
  await cell.and(page.locator('[data-state="done"]')).waitFor({ timeout: PYTHON_START_TIMEOUT + CELL_TIMEOUT });
  assert.equal(await page.locator('#runtime-status').getAttribute('data-status'), 'ready');
  assert.ok(await card.isHidden(), 'the card goes once Python is ready');
  assert.equal((await cellSummary(codeCell(page, 0))).prompt, '[1]', 'the cells ran in the order they were queued');
  assert.deepEqual(await cellSummary(cell), { state: 'done', prompt: '[2]', text: recorded[FIRST_PRINTING].stdout });
  assert.equal(await cell.locator('.expected-label').count(), 0, 'the live output replaced the recorded one');

  const seen = await page.evaluate(() => window.seenProgress);
  const phases = ['download', 'compile', 'start', 'import'];
  assert.deepEqual(seen.phases, phases.filter((phase) => seen.phases.includes(phase)), 'the phases come in order');
  for (const phase of ['download', 'start', 'import']) assert.ok(seen.phases.includes(phase), `${phase} was shown: ${seen.phases}`);
  // The total is the sum of the Content-Lengths of the files the start downloads.
  const total = (startDownloads().reduce((sum, path) => sum + statSync(new URL(`dist/${path}`, ROOT)).size, 0) / 1e6).toFixed(1);
  const counts = seen.bytes.map((text) => /^Downloading Python · ([\d.]+) of ([\d.]+) MB$/.exec(text)).filter(Boolean);
  assert.ok(counts.length > 0, `the total was shown: ${seen.bytes.join('; ')}`);
  assert.deepEqual([...new Set(counts.map((count) => count[2]))], [total]);
  const received = counts.map((count) => Number(count[1]));
  assert.deepEqual(received, [...received].sort((a, b) => a - b), 'the bytes received only grow');
  await harness.screenshot(page, 'lesson-ready-after-queued-run');
  assert.deepEqual(problems, []);
});

test('embed.html shows the recorded outputs before any cell runs', async () => {
  const { page, problems } = await harness.open(`embed.html?lesson=${SEED}.md`);
  const cell = page.locator('#lesson .cell-code').nth(FIRST_PRINTING);
  await cell.locator('.expected-label').waitFor();
  assert.equal(await cell.evaluate((c) => [...c.querySelectorAll('.cell-output pre')].map((pre) => pre.textContent).join('')), recorded[FIRST_PRINTING].stdout);
  assert.equal(await page.locator('#lesson .runtime-status').textContent(), 'Python starts when a cell runs');
  assert.deepEqual(problems, []);
});

test('a single-file lesson opened from disk shows its recorded outputs', async () => {
  const file = pathToFileURL(new URL(`dist/single/${SEED}.html`, ROOT).pathname).href;
  const { page, problems } = await harness.open(file);
  const cell = codeCell(page, FIRST_PRINTING);
  await cell.locator('.expected-label').waitFor();
  assert.equal((await cellSummary(cell)).text, recorded[FIRST_PRINTING].stdout);
  assert.ok(await page.locator('#runtime-progress').isVisible(), "the card shows Python's start from the inlined files");
  assert.deepEqual(problems, []);
});

/** The site's files a start of Python downloads (see the worker's downloads()). */
function startDownloads() {
  const { version } = JSON.parse(readFileSync(new URL('node_modules/pyodide/package.json', ROOT), 'utf8'));
  const assets = readdirSync(new URL('dist/assets/', ROOT)).filter((name) => /^(gradbook-.*\.wasm|python-.*\.json)$/.test(name));
  return [
    ...['pyodide-lock.json', 'python_stdlib.zip', 'pyodide.asm.wasm'].map((file) => `pyodide/${version}/${file}`),
    ...assets.map((name) => `assets/${name}`),
    'datasets/index.json',
  ];
}
