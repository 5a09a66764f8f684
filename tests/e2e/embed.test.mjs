// Gradbook on someone else's page: a course site at /course/ with the built dist/ in its
// gradbook/ folder, served by a plain static server (no isolation headers). The host pages use
// the embed script, the custom element, the iframe and the JS API.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/serve.mjs';
import { startHarness } from './harness.mjs';
import { CELL_TIMEOUT, PYTHON_START_TIMEOUT } from './notebook.mjs';
import { lookOfThePage } from './page-look.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const EMBED = '<script type="module" src="gradbook/gradbook-embed.js"></script>';
const NO_ICON = '<link rel="icon" href="data:,">'; // else Chromium asks for /favicon.ico
const HOST_STYLE = NO_ICON + '<style>body { color: rgb(200, 0, 0); } pre { border: 3px solid rgb(0, 128, 0); }</style>';

const PAGES = {
  'blocks.html': `<!doctype html><html><head>${HOST_STYLE}${EMBED}</head><body>
    <h1>A blog post</h1>
    <pre data-gradbook><code class="language-python">import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)</code></pre>
    <p>Then, further down:</p>
    <pre data-gradbook><code class="language-python">(x ** 2).sum().backward()
print(x.grad)</code></pre>
    <pre id="plain"><code>not for Gradbook</code></pre>
  </body></html>`,
  'element.html': `<!doctype html><html><head>${HOST_STYLE}${EMBED}
    <style>gradbook-notebook { --gradbook-accent: rgb(255, 0, 255); }</style></head><body>
    <gradbook-notebook src="gradbook/lessons/01-gradients-and-backpropagation.md"></gradbook-notebook>
  </body></html>`,
  'iframe.html': `<!doctype html><html><head>${NO_ICON}</head><body>
    <iframe src="gradbook/embed.html?lesson=01-gradients-and-backpropagation.md" width="900" height="700"></iframe>
  </body></html>`,
  'dress-up.html': `<!doctype html><html><head>${NO_ICON}${EMBED}</head><body>
    <h1>The host's own page</h1>
    <gradbook-notebook src="dress-up-lesson.md"></gradbook-notebook>
  </body></html>`,
  'api.html': `<!doctype html><html><head>${NO_ICON}</head><body><div id="here"></div></body></html>`,
  'preload.html': `<!doctype html><html><head>${NO_ICON}<script type="module" src="gradbook/gradbook-embed.js" data-preload></script></head>
    <body><pre data-gradbook><code class="language-python">print(1)</code></pre></body></html>`,
};

// Gradbook hosted on another origin, as by a CDN: the embed script from there, with CORS headers.
const fromCDN = (cdn) => `<!doctype html><html><head>${NO_ICON}<script type="module" src="${cdn}gradbook-embed.js"></script></head><body>
    <pre data-gradbook><code class="language-python">import torch
print(torch.ones(2) * 3)</code></pre>
  </body></html>`;

let harness;
let cdn;
let site;
before(async () => {
  site = await mkdtemp(join(tmpdir(), 'gradbook-host-'));
  await symlink(DIST, join(site, 'gradbook'));
  cdn = await serveStatic({ dir: DIST, port: 0, host: 'localhost', prefix: '/gradbook/', cors: true });
  const pages = { ...PAGES, 'cdn.html': fromCDN(`http://localhost:${cdn.address().port}/gradbook/`) };
  await Promise.all(Object.entries(pages).map(([name, html]) => writeFile(join(site, name), html)));
  await copyFile(fileURLToPath(new URL('fixtures/dress-up-lesson.md', import.meta.url)), join(site, 'dress-up-lesson.md'));
  harness = await startHarness({ dist: site, prefix: '/course/' });
});
after(async () => {
  await harness?.close();
  await new Promise((resolve) => cdn?.close(resolve) ?? resolve());
  await rm(site, { recursive: true, force: true });
});

// An embedded cell lives in a shadow root; Playwright's CSS locators pierce it.
const cell = (frame, index) => frame.locator('.cell-code').nth(index);

async function runCell(frame, index) {
  await cell(frame, index).locator('.run-button').click();
  await cell(frame, index).and(frame.locator('[data-state="done"], [data-state="error"]')).waitFor({ timeout: PYTHON_START_TIMEOUT });
  return cell(frame, index).locator('.cell-output').innerText();
}

describe('code blocks on a host page', () => {
  // One page for the two tests that run its cells: the second edits what the first ran.
  let blocks;
  before(async () => {
    blocks = await harness.open('blocks.html');
  });

  test('become runnable cells that share one Python namespace, with outputs below each', async () => {
    const { page, problems } = blocks;
    await cell(page, 1).waitFor();
    assert.equal(await runCell(page, 0), '');
    assert.equal(await runCell(page, 1), 'tensor([2., 4., 6.])\n');
    const order = await page.evaluate(() => [...document.body.children].map((e) => e.tagName.toLowerCase() + (e.className ? `.${e.className}` : '')));
    assert.deepEqual(order, ['h1', 'div.gradbook-cell', 'p', 'div.gradbook-cell', 'pre']);
    assert.deepEqual(problems, []);
  });

  test('are editable, and leave the host page its own styles', async () => {
    const { page } = blocks;
    await cell(page, 1).locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('print(40 + 2)');
    assert.equal(await runCell(page, 1), '42\n');
    const styles = await page.evaluate(() => ({
      body: getComputedStyle(document.body).color,
      plainPre: getComputedStyle(document.getElementById('plain')).borderTopColor,
      cellText: getComputedStyle(document.querySelectorAll('.gradbook-cell')[1].shadowRoot.querySelector('.cell-output pre')).color,
    }));
    assert.equal(styles.body, 'rgb(200, 0, 0)');
    assert.equal(styles.plainPre, 'rgb(0, 128, 0)');
    assert.notEqual(styles.cellText, 'rgb(200, 0, 0)', "the host's colour must not reach into the cell");
  });

  test('start no Python until a cell runs', async () => {
    const { page } = await harness.open('blocks.html');
    await cell(page, 1).waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(page.workers(), []);
  });

  test('start Python at once when the embed script says data-preload', async () => {
    const { page } = await harness.open('preload.html');
    if (!page.workers().length) await page.waitForEvent('worker', { timeout: PYTHON_START_TIMEOUT });
    assert.equal(page.workers().length, 1);
    assert.equal(await cell(page, 0).getAttribute('data-state'), 'idle', 'nothing ran');
  });
});

test('<gradbook-notebook> shows a whole lesson, themed by the host, and runs it', async () => {
  const { page, problems } = await harness.open('element.html');
  const notebook = page.locator('gradbook-notebook');
  await notebook.locator('.cell-markdown').first().waitFor();
  assert.match(await notebook.locator('.markdown-body h1').first().innerText(), /Gradients and backpropagation/);
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('gradbook-notebook').shadowRoot.querySelector('.notebook')).getPropertyValue('--accent'));
  assert.equal(accent.trim(), 'rgb(255, 0, 255)');
  await notebook.getByRole('button', { name: 'Run all' }).click();
  const cells = notebook.locator('.cell-code');
  const count = await cells.count();
  await page.waitForFunction((n) => {
    const root = document.querySelector('gradbook-notebook').shadowRoot;
    const states = [...root.querySelectorAll('.cell-code')].map((c) => c.dataset.state);
    return states.length === n && states.every((s) => s === 'done' || s === 'error');
  }, count, { timeout: PYTHON_START_TIMEOUT + count * CELL_TIMEOUT });
  assert.equal(await notebook.locator('.cell-code[data-state="error"]').count(), 0);
  assert.deepEqual(problems, []);
});

test("an embedded lesson's markup and a cell's HTML cannot blank, hide or cover the host page or the embed's toolbar", async () => {
  const { page } = await harness.open('dress-up.html');
  const notebook = page.locator('gradbook-notebook');
  await notebook.getByRole('button', { name: 'Run all' }).click();
  await notebook.locator('.output-html .payload').first().waitFor({ state: 'attached', timeout: PYTHON_START_TIMEOUT + CELL_TIMEOUT });
  await harness.screenshot(page, 'embed-dress-up');
  const look = await page.evaluate(lookOfThePage, { host: 'gradbook-notebook', toolbarButton: '.embed-toolbar button', title: '.markdown-body h1' });
  assert.deepEqual(look, { bodyShown: true, toolbarOnTop: true, titleOnTop: true, styleSheets: 0, hostTitleOnTop: true, payloads: 6, positioned: 0, escaped: 0 });
});

test("<gradbook-notebook> declares KaTeX's fonts in the host document, where Chromium looks for them", async () => {
  const { page } = await harness.open('element.html');
  await page.locator('gradbook-notebook .cell-markdown').first().waitFor();
  const families = await page.evaluate(() => [...document.fonts].map((font) => font.family.replace(/"/g, '')));
  assert.ok(families.includes('KaTeX_Main'), families.join(', '));
});

test('the iframe form shows the lesson named in its URL and runs a cell', async () => {
  const { page, problems } = await harness.open('iframe.html');
  const frame = page.frameLocator('iframe');
  await cell(frame, 1).waitFor();
  await runCell(frame, 0);
  assert.equal(await runCell(frame, 1), 'tensor([16., 27., 44.], grad_fn=<AddBackward0>)\n');
  assert.deepEqual(problems, []);
});

test('the JS API mounts cells, runs them, reads their outputs and makes engine tensors', async () => {
  const { page, problems } = await harness.open('api.html');
  const result = await page.evaluate(async () => {
    const gradbook = await import('./gradbook/gradbook.js');
    const notebook = await gradbook.mount(document.getElementById('here'), { cells: ['y = 6 * 7', 'print(y)'] });
    await notebook.runAll();
    const ran = await gradbook.run('y + 1');
    const x = await gradbook.tensor([1, 2, 3], { requiresGrad: true });
    const z = x.mul(x).sum();
    z.backward();
    return {
      printed: notebook.outputs(1),
      ran,
      grad: x.grad.toString(),
      shape: x.shape,
    };
  });
  assert.deepEqual(result.printed, [{ kind: 'stream', name: 'stdout', text: '42\n' }]);
  assert.equal(result.ran.ok, true);
  assert.deepEqual(result.ran.outputs.map((o) => o.data?.['text/plain']), ['43']);
  assert.equal(result.grad, 'tensor([2., 4., 6.])');
  assert.deepEqual(result.shape, [3]);
  assert.deepEqual(problems, []);
});

test("the site's service worker leaves host pages outside its folder alone", async () => {
  const site = await harness.open('gradbook/?lesson=01-gradients-and-backpropagation.md', { serviceWorkers: 'allow' });
  await site.page.locator('html[data-gradbook-offline="ready"]').waitFor({ timeout: PYTHON_START_TIMEOUT });
  const { page, problems } = await harness.open('blocks.html', { serviceWorkers: 'allow' });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  await runCell(page, 0);
  assert.equal(await runCell(page, 1), 'tensor([2., 4., 6.])\n');
  assert.deepEqual(problems, []);
});

test('Gradbook served from another origin (a CDN sending CORS headers) runs the code blocks of a page', async () => {
  const { page, problems } = await harness.open('cdn.html');
  assert.equal(await runCell(page, 0), 'tensor([3., 3.])\n');
  assert.deepEqual(problems, []);
});
