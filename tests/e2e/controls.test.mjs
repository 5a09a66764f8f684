// gradbook.interact in the page: labelled controls that show their value, move with the
// keyboard and re-run their function, whose new output replaces the old one and nothing else;
// rapid moves show only the last value's output; a dropdown and a checkbox; controls that say
// they are inactive after a restart. The same in a code block embedded in another page, and the
// optimizer lesson's learning-rate and momentum sliders in its single file opened from disk.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { screenshotPath, startHarness } from './harness.mjs';
import { SEED_LESSON, codeCell, finishedCell, runAll, setCode } from './notebook.mjs';

// Python takes minutes to start when this machine is busy; the controls are what is tested.
const PYTHON_START = 240_000;
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const OPTIMIZER_LESSON = new URL('../../dist/single/03-gradient-descent-and-optimizers.html', import.meta.url);

// Each run takes a third of a second, so moves a little further apart than the debounce find
// a run waiting in the queue or one still running.
const INTERACT = `import time
import gradbook
seen = []

def show(lr, steps, optimizer, log):
    seen.append(lr)
    end = time.time() + 0.3
    while time.time() < end:
        pass
    print(f"lr={lr} steps={steps} optimizer={optimizer} log={log}")

print("before")
gradbook.interact(show, lr=(0.0, 1.0, 0.1), steps=(1, 10), optimizer=["SGD", "Adam"], log=True)
print("after")`;

let harness;
let site;
before(async () => {
  site = await mkdtemp(join(tmpdir(), 'gradbook-controls-'));
  await symlink(DIST, join(site, 'gradbook'));
  await writeFile(join(site, 'blocks.html'), `<!doctype html><html><head><link rel="icon" href="data:,">
    <script type="module" src="gradbook/gradbook-embed.js"></script></head><body>
    <pre data-gradbook><code class="language-python">import gradbook
gradbook.interact(lambda n: print("n squared is", n * n), n=(1, 9))</code></pre></body></html>`);
  harness = await startHarness({ dist: site, prefix: '/course/' });
});
after(async () => {
  await harness?.close();
  await rm(site, { recursive: true, force: true });
});

/** The controls of the cell, and the text of their function's output. */
const controlsIn = (cell) => cell.locator('.live-controls');
const functionOutput = (cell) => controlsIn(cell).locator('.live-controls-output').innerText();
const waitForOutput = (cell, text) => controlsIn(cell).locator('.live-controls-output', { hasText: text }).waitFor({ timeout: PYTHON_START });

async function openReady(path, options) {
  const opened = await harness.open(path, options);
  await opened.page.locator('#runtime-status[data-status="ready"]').waitFor({ timeout: PYTHON_START });
  return opened;
}

// Pictures of `element` on a desktop and on a phone (390 × 844), to look at.
async function screenshots(page, element, name) {
  for (const [size, viewport] of [['desktop', { width: 1100, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    await page.setViewportSize(viewport);
    await element.screenshot({ path: await screenshotPath(`${name}-${size}`) });
  }
  await page.setViewportSize({ width: 1100, height: 900 });
}

// The seed lesson with the interact in its first cell, shared by the tests that use it.
let notebook;
function openInteract() {
  notebook ??= (async () => {
    const { page, problems } = await openReady(`gradbook/${SEED_LESSON}`);
    await setCode(page, 0, INTERACT);
    await page.keyboard.press('Control+Enter');
    assert.equal((await finishedCell(page, 0)).state, 'done');
    return { page, problems, cell: codeCell(page, 0) };
  })();
  return notebook;
}

test('interact shows labelled controls with their values, and its function output for them between what the cell printed', async () => {
  const { page, problems, cell } = await openInteract();
  const controls = controlsIn(cell);
  assert.equal(await controls.getByLabel('lr').inputValue(), '0.5');
  assert.equal(await controls.locator('output.live-control-value').first().textContent(), '0.5');
  assert.equal(await controls.getByLabel('steps').inputValue(), '5');
  assert.equal(await controls.getByLabel('optimizer').locator('option:checked').textContent(), 'SGD');
  assert.equal(await controls.getByLabel('log').isChecked(), true);
  assert.equal(await functionOutput(cell), 'lr=0.5 steps=5 optimizer=SGD log=True\n');
  const blocks = await cell.locator('.cell-output > .output').evaluateAll((all) => all.map((block) => block.innerText.trim().split('\n').at(-1)));
  assert.deepEqual(blocks, ['before', 'lr=0.5 steps=5 optimizer=SGD log=True', 'after']);
  await screenshots(page, cell, 'controls-notebook');
  assert.deepEqual(problems, []);
});

test('moving a slider with the keyboard re-runs the function and replaces only its output', async () => {
  const { page, cell } = await openInteract();
  await controlsIn(cell).getByLabel('lr').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await controlsIn(cell).locator('output.live-control-value').first().textContent(), '0.6');
  await waitForOutput(cell, 'lr=0.6 ');
  assert.equal(await functionOutput(cell), 'lr=0.6 steps=5 optimizer=SGD log=True\n');
  assert.equal(await cell.locator('.cell-output > .output').count(), 3, 'before, the controls, after');
  assert.equal(await cell.getAttribute('data-state'), 'done');
});

test('rapid moves show only the last value\'s output', async () => {
  const { page, cell } = await openInteract();
  await waitForOutput(cell, 'lr=0.6 ');
  await cell.evaluate((element) => {
    const output = element.querySelector('.live-controls');
    window.shownOutputs = [];
    new MutationObserver(() => window.shownOutputs.push(output.querySelector('.live-controls-output').innerText))
      .observe(output, { childList: true, subtree: true, characterData: true });
  });
  const slider = controlsIn(cell).getByLabel('lr');
  await slider.focus();
  for (let move = 0; move < 4; move++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
  }
  await waitForOutput(cell, 'lr=1.0 ');
  await setCode(page, 1, 'print(seen[-1])');
  await page.keyboard.press('Control+Enter');
  assert.equal((await finishedCell(page, 1)).text, '1.0\n', 'the last run was for the last value');
  const shown = new Set(await page.evaluate(() => window.shownOutputs.filter((text) => text.trim())));
  const between = [...shown].filter((text) => !text.startsWith('lr=0.6 ') && !text.startsWith('lr=1.0 '));
  assert.deepEqual(between, [], 'no output of 0.7, 0.8 or 0.9 was shown');
  assert.equal(await functionOutput(cell), 'lr=1.0 steps=5 optimizer=SGD log=True\n');
});

test('a dropdown and a checkbox re-run the function with their values', async () => {
  const { cell } = await openInteract();
  await controlsIn(cell).getByLabel('optimizer').selectOption('Adam');
  await waitForOutput(cell, 'optimizer=Adam log=True');
  await controlsIn(cell).getByLabel('log').press('Space');
  await waitForOutput(cell, 'optimizer=Adam log=False');
  assert.match(await functionOutput(cell), /^lr=1\.0 steps=5 optimizer=Adam log=False\n$/);
});

test('after a restart the controls say they are inactive and are disabled', async () => {
  const { page, cell } = await openInteract();
  await page.getByRole('button', { name: 'Restart' }).click();
  const status = controlsIn(cell).locator('.live-controls-status');
  await status.filter({ hasText: 'Inactive' }).waitFor();
  assert.equal(await status.textContent(), 'Inactive: the Python that made these controls has stopped — run their cell again to use them.');
  assert.equal(await controlsIn(cell).getByLabel('lr').isDisabled(), true);
  assert.equal(await controlsIn(cell).getByLabel('optimizer').isDisabled(), true);
  notebook = null;
});

test('controls in a code block embedded in another page re-run in the page\'s Python', async () => {
  const { page, problems } = await harness.open('blocks.html');
  const cell = codeCell(page, 0);
  await cell.locator('.run-button').click();
  await waitForOutput(cell, 'n squared is 25');
  await harness.screenshot(page, 'controls-embed');
  await controlsIn(cell).getByLabel('n').focus();
  await page.keyboard.press('ArrowLeft');
  await waitForOutput(cell, 'n squared is 16');
  assert.equal(await functionOutput(cell), 'n squared is 16\n');
  assert.deepEqual(problems, []);
});

test('the optimizer lesson\'s single file: learning rate and momentum sliders redraw the walk', async () => {
  const { page, problems } = await openReady(pathToFileURL(OPTIMIZER_LESSON.pathname).href);
  await runAll(page, PYTHON_START);
  const cell = page.locator('.cell-code', { has: page.locator('.live-controls') });
  await waitForOutput(cell, 'learning rate 0.02, momentum 0.9: loss after 60 steps 0.011164');
  const figures = controlsIn(cell).locator('.live-controls-output [data-mime="application/vnd.gradbook.figure+json"]');
  await figures.nth(1).waitFor(); // the figures may follow the printed line
  assert.equal(await figures.count(), 2, 'the landscape and the loss curve');
  await controlsIn(cell).getByLabel('momentum').focus();
  await page.keyboard.press('End');
  assert.equal(await controlsIn(cell).locator('output.live-control-value').nth(1).textContent(), '0.99');
  await waitForOutput(cell, 'learning rate 0.02, momentum 0.99: loss after 60 steps');
  await figures.nth(1).waitFor(); // the re-run's figures, too, may follow its printed line
  assert.equal(await figures.count(), 2);
  await screenshots(page, controlsIn(cell), 'controls-optimizer');
  assert.deepEqual(problems, []);
});
