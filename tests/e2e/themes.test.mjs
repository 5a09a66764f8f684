// Themes: the page is light or dark as the system prefers, File › Dark theme (or Light theme) picks the other
// one and the choice is remembered on the site; in the dark every text keeps WCAG AA contrast
// (prose, code, outputs, graphs, plots, verdicts, math, errors). Host pages theme the embeds
// with --gradbook-* variables, one code block at a time if they like, and a dark host page gets
// dark notebooks. Screenshots at desktop, 1920 and 390×844, light and dark, go to test-output/e2e/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';
import { PYTHON_START_TIMEOUT, SEED_LESSON, codeCell, finishedCell, openReady, runAll, setCode } from './notebook.mjs';
import { lowContrastText } from './contrast.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const NO_ICON = '<link rel="icon" href="data:,">';
const EMBED = '<script type="module" src="gradbook/gradbook-embed.js"></script>';
const HOST_PAGES = {
  'blocks.html': `<!doctype html><html><head>${NO_ICON}${EMBED}</head><body>
    <pre data-gradbook style="--gradbook-syntax-keyword: rgb(200, 0, 0); --gradbook-accent: rgb(0, 120, 0)"><code>import torch</code></pre>
    <pre data-gradbook><code>import math</code></pre>
  </body></html>`,
  'themed.html': `<!doctype html><html style="color-scheme: dark"><head>${NO_ICON}${EMBED}
    <style>body { background: #101418; color: #eee; } gradbook-notebook { --gradbook-accent: rgb(255, 160, 0); }</style></head><body>
    <gradbook-notebook src="gradbook/lessons/01-gradients-and-backpropagation.md"></gradbook-notebook>
  </body></html>`,
  'iframe.html': `<!doctype html><html><head>${NO_ICON}</head><body>
    <iframe src="gradbook/embed.html?lesson=01-gradients-and-backpropagation.md" width="900" height="700"></iframe>
  </body></html>`,
};

let harness;
let hosts;
let site;
before(async () => {
  harness = await startHarness();
  site = await mkdtemp(join(tmpdir(), 'gradbook-themes-'));
  await symlink(DIST, join(site, 'gradbook'));
  await Promise.all(Object.entries(HOST_PAGES).map(([name, html]) => writeFile(join(site, name), html)));
  hosts = await startHarness({ dist: site, prefix: '/course/' });
});
after(async () => {
  await harness?.close();
  await hosts?.close();
  await rm(site, { recursive: true, force: true });
});

const luminance = (page, selector) => page.locator(selector).first().evaluate((element) => {
  const [r, g, b] = getComputedStyle(element).backgroundColor.match(/\d+/g).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
});

test('the page is dark when the system prefers dark, on lessons and on the course index', async () => {
  for (const path of [SEED_LESSON, '']) {
    const { page, problems } = await harness.open(path);
    await page.locator('.cell, .lesson-list li').first().waitFor();
    await page.emulateMedia({ colorScheme: 'light' });
    assert.ok(await luminance(page, 'body') > 0.9, 'light by default');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.ok(await luminance(page, 'body') < 0.15, 'dark when the system is');
    assert.ok(await luminance(page, '.topbar') < 0.15, 'the top bar too');
    // The switch offers the other theme once the page has heard of the system's change.
    await page.getByRole('menuitem', { name: 'Light theme', includeHidden: true }).waitFor({ state: 'attached' });
    assert.deepEqual(problems, []);
  }
});

test('File › Dark theme changes the theme, and the choice is remembered across reloads until it matches the system again', async () => {
  const { page, problems } = await harness.open('');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('#file-menu > summary').click();
  await page.getByRole('menuitem', { name: 'Dark theme' }).click();
  assert.ok(await luminance(page, 'body') < 0.15);
  await page.reload();
  await page.locator('.lesson-list li').first().waitFor();
  assert.ok(await luminance(page, 'body') < 0.15, 'still dark after a reload');
  // Every page of the site follows the choice.
  await page.goto(new URL(SEED_LESSON, harness.url).href);
  await page.locator('.cell-editor').first().waitFor();
  assert.ok(await luminance(page, 'body') < 0.15, 'a lesson too');
  assert.ok(await luminance(page, '.cell-editor') < 0.15, 'with its code cells');
  await page.locator('#file-menu > summary').click();
  await page.getByRole('menuitem', { name: 'Light theme' }).click();
  assert.ok(await luminance(page, 'body') > 0.9);
  // Back to what the system prefers: the page follows the system again.
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.ok(await luminance(page, 'body') < 0.15, 'the system decides again');
  assert.deepEqual(problems, []);
});

test('in the dark theme every text keeps AA contrast: prose, code, outputs, graphs, plots, verdicts, math and errors', async () => {
  const { page, problems } = await openReady(harness, SEED_LESSON);
  await page.emulateMedia({ colorScheme: 'dark' });
  await runAll(page);
  const last = await page.locator('.cell-code').count() - 1;
  await setCode(page, last, 'import gradbook\ngradbook.display(gradbook.plot([3, 1, 2], title="a plot"))\nprint("stderr next")\nimport sys\nprint("warned", file=sys.stderr)\n1 / 0');
  await page.keyboard.press('Shift+Enter');
  assert.equal((await finishedCell(page, last)).state, 'error');
  for (const selector of ['.graph-svg', '.figure-svg', '.katex', '.exercise-verdict', '.output-error', '.output-stderr', '.tok-keyword']) {
    assert.ok(await page.locator(selector).count() > 0, `the page shows ${selector}`);
  }
  assert.deepEqual(await page.evaluate(lowContrastText), []);
  // A plot with bars, a histogram, a reference line, an annotation and a legend, and a live control.
  await setCode(page, last, [
    'import gradbook',
    'import matplotlib.pyplot as plt',
    'plt.bar([1, 2, 3], [3, 1, 2], label="bars")',
    'plt.hist([0.6, 1.4, 1.6, 2.5, 2.6], bins=4, label="hist")',
    'plt.axhline(1.5, color="k", label="level")',
    'plt.annotate("low", xy=(2, 1), xytext=(2.6, 2.6), arrowprops={})',
    'plt.legend()',
    'plt.title("bars in the dark")',
    'plt.show()',
    'gradbook.interact(lambda n, kind: print("n is", n, kind), n=(1, 9), kind=["sum", "mean"])',
  ].join('\n'));
  await page.keyboard.press('Shift+Enter');
  await page.locator('.live-controls-output', { hasText: 'n is 5 sum' }).waitFor({ timeout: PYTHON_START_TIMEOUT });
  assert.equal((await finishedCell(page, last)).state, 'done');
  for (const selector of ['.figure-bar', '.figure-reference', '.figure-legend', '.live-control select']) {
    assert.ok(await page.locator(selector).count() > 0, `the page shows ${selector}`);
  }
  assert.deepEqual(await page.evaluate(lowContrastText), [], 'with plot parts and controls');
  const plot = codeCell(page, last).locator('.figure-svg');
  const paintOf = (selector, property) => plot.locator(selector).first().evaluate((shape, name) => getComputedStyle(shape)[name], property);
  assert.equal(await paintOf('.figure-layer-hline line', 'stroke'), 'rgb(229, 231, 235)', "matplotlib's black shows light on the dark page");
  assert.equal(await paintOf('.figure-note', 'fill'), 'rgb(229, 231, 235)', "a text in matplotlib's black shows light too");
  assert.equal(await paintOf('.figure-annotation-arrow', 'stroke'), 'rgb(229, 231, 235)', 'and so does its arrow');
  assert.equal(await paintOf('.figure-legend-entry rect', 'fill'), 'rgb(31, 119, 180)', "the bars' legend swatch has the bars' colour");
  await page.locator('.live-controls').scrollIntoViewIfNeeded();
  await harness.screenshot(page, 'theme-dark-plot-and-controls');
  await page.setViewportSize({ width: 1920, height: 1080 });
  assert.deepEqual(await page.evaluate(lowContrastText), [], 'at 1920 px too');
  for (const [name, viewport] of [['desktop', { width: 1100, height: 900 }], ['1920', { width: 1920, height: 1080 }], ['phone', { width: 390, height: 844 }]]) {
    await page.setViewportSize(viewport);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await harness.screenshot(page, `theme-${scheme}-${name}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('a primary button shows --gradbook-accent', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  await page.evaluate(() => document.documentElement.style.setProperty('--gradbook-accent', 'rgb(0, 120, 0)'));
  const runAll = page.getByRole('button', { name: 'Run all' });
  assert.equal(await runAll.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(0, 120, 0)');
  assert.deepEqual(problems, []);
});

test('variables set on one pre[data-gradbook] theme that block only', async () => {
  const { page, problems } = await hosts.open('blocks.html');
  const blocks = page.locator('.gradbook-cell');
  await blocks.nth(1).locator('.tok-keyword').waitFor();
  const look = (i) => blocks.nth(i).evaluate((host) => ({
    keyword: getComputedStyle(host.shadowRoot.querySelector('.tok-keyword')).color,
    accent: getComputedStyle(host.shadowRoot.querySelector('.notebook')).getPropertyValue('--accent').trim(),
  }));
  const [themed, plain] = [await look(0), await look(1)];
  assert.deepEqual(themed, { keyword: 'rgb(200, 0, 0)', accent: 'rgb(0, 120, 0)' });
  assert.notEqual(plain.keyword, 'rgb(200, 0, 0)');
  assert.notEqual(plain.accent, 'rgb(0, 120, 0)');
  assert.deepEqual(problems, []);
});

test('a host page that declares a dark color-scheme gets a dark notebook, with its accent on Run all; the iframe follows the system', async () => {
  const { page, problems } = await hosts.open('themed.html');
  const notebook = page.locator('gradbook-notebook');
  await notebook.locator('.cell-code').first().waitFor();
  const runAllButton = notebook.getByRole('button', { name: 'Run all' });
  assert.equal(await runAllButton.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(255, 160, 0)');
  assert.ok(await luminance(page, 'gradbook-notebook >> .cell-editor') < 0.15, 'its code cells are dark');
  assert.deepEqual(await page.evaluate(lowContrastText), []);
  await hosts.screenshot(page, 'theme-dark-host-page');

  const framed = await hosts.open('iframe.html');
  await framed.page.emulateMedia({ colorScheme: 'dark' });
  const frame = framed.page.frameLocator('iframe');
  await frame.locator('.cell-code').first().waitFor({ timeout: PYTHON_START_TIMEOUT });
  assert.ok(await luminance(frame, 'body') < 0.15, 'the iframe embed is dark when the system is');
  assert.ok(await luminance(frame, '.cell-editor') < 0.15);
  assert.deepEqual([...problems, ...framed.problems], []);
});
