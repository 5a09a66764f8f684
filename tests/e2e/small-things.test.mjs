// Small things a learner and an embedder meet: input() asks in the page, tables and formulas in
// a lesson's text read well, a graph shows a row as it shows a column, a single file's
// "Gradbook" link goes to the course only where there is one, and Stop on a host page says which
// other blocks lost their variables.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startHarness } from './harness.mjs';
import { CELL_TIMEOUT, PYTHON_START_TIMEOUT, SEED_LESSON, codeCell, finishedCell, openLessonFile, openReady, setCode } from './notebook.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PHONE = { width: 390, height: 844 };
const SINGLE = 'single/01-gradients-and-backpropagation.html';

describe('input() on a cross-origin isolated page', () => {
  let harness;
  before(async () => {
    harness = await startHarness({ isolate: true });
  });
  after(() => harness?.close());

  for (const [name, viewport] of [['desktop', undefined], ['phone', PHONE]]) {
    test(`asks in a field under the cell labelled with the prompt; Enter answers (${name})`, async () => {
      const { page, problems } = await openReady(harness, SEED_LESSON, viewport && { viewport });
      await setCode(page, 0, 'print("Hello!")\nname = input("What is your name? ")\nprint("Nice to meet you,", name)');
      await page.keyboard.press('Control+Enter');
      const field = page.getByLabel('What is your name?');
      await field.waitFor({ timeout: CELL_TIMEOUT });
      assert.equal(await codeCell(page, 0).getAttribute('data-state'), 'running');
      assert.equal(await field.evaluate((element) => element === document.activeElement), true, 'the field has the focus');
      await field.pressSequentially('Ada');
      await harness.screenshot(page, `input-prompt-${name}`);
      await page.keyboard.press('Enter');
      assert.deepEqual(await finishedCell(page, 0), {
        state: 'done', prompt: '[1]', text: 'Hello!\nWhat is your name? Ada\nNice to meet you, Ada\n',
      });
      assert.equal(await page.locator('.input-prompt').count(), 0, 'the field is gone once answered');
      assert.deepEqual(problems, []);
    });
  }

  test('Stop cancels the question with KeyboardInterrupt and keeps the variables', async () => {
    const { page, problems } = await openReady(harness, SEED_LESSON);
    await setCode(page, 0, 'kept = 42\nanswer = input()');
    await page.keyboard.press('Control+Enter');
    await page.getByLabel('input()').waitFor({ timeout: CELL_TIMEOUT });
    await page.getByRole('button', { name: 'Stop' }).click();
    const stopped = await finishedCell(page, 0);
    assert.equal(stopped.state, 'error');
    assert.match(stopped.text, /\nKeyboardInterrupt\n$/);
    assert.equal(await page.locator('.input-prompt').count(), 0);
    await setCode(page, 1, 'print(kept)');
    await page.keyboard.press('Control+Enter');
    assert.deepEqual(await finishedCell(page, 1), { state: 'done', prompt: '[2]', text: '42\n' });
    assert.deepEqual(problems, []);
  });
});

describe('on a plain static host', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness?.close());

  // One lesson, with Python started once, for the two tests that run a cell in it.
  let page;
  before(async () => {
    ({ page } = await openReady(harness, SEED_LESSON));
  });

  test('input() says at once that it needs a cross-origin isolated page, and never hangs', async () => {
    await setCode(page, 0, 'input("Your guess: ")');
    await page.keyboard.press('Control+Enter');
    const { state, text } = await finishedCell(page, 0);
    assert.equal(state, 'error');
    assert.match(text, /OSError: input\(\) cannot ask for an answer on this page: waiting for one needs a cross-origin isolated page/);
  });

  test('the graph shows a [1, 8] tensor in full, as it shows an [8, 1] one', async () => {
    const values = '[0.125, -1.5, 2.25, 3.0, -0.5, 0.75, 1.0625, -2.0]';
    await setCode(page, 0, `import torch, gradbook\nrow = torch.tensor([${values}], requires_grad=True)\n`
      + `column = torch.tensor([[v] for v in ${values}], requires_grad=True)\n(row.sum() + column.sum()).backward()\ngradbook.graph(row * 2 + column)`);
    await page.keyboard.press('Control+Enter');
    await finishedCell(page, 0);
    const leaves = await codeCell(page, 0).locator('svg.graph-svg').evaluate((svg) => svg.textContent);
    for (const value of ['0.1250', '-1.5000', '1.0625', '-2.0000']) {
      assert.equal(leaves.split(value).length - 1 >= 2, true, `${value} shown for both the row and the column`);
    }
    assert.doesNotMatch(leaves, /\[1, 8\] tensor/);
    await harness.screenshot(page, 'graph-row-and-column');
  });

  test('a lesson\'s tables are ruled and scroll sideways when wide; a formula keeps its full stop on its line', async () => {
    const wide = Array.from({ length: 14 }, (_, i) => `column ${i + 1}`);
    const lesson = '# Tables\n\n| x | $\\sigma(x)$ |\n|---|---|\n| 0 | 0.5 |\n| 2 | 0.8808 |\n\n'
      + `| ${wide.join(' | ')} |\n|${wide.map(() => '---').join('|')}|\n| ${wide.map((_, i) => i).join(' | ')} |\n\n`
      + 'The derivative of the sigmoid is $\\sigma(x)(1 - \\sigma(x))$. Its largest value, at zero, is $\\frac{1}{4}$, and that is all.\n\n'
      + '```python\nprint(1)\n```\n';
    for (const [name, viewport] of [['desktop', { width: 1100, height: 900 }], ['phone', PHONE]]) {
      const { page, problems } = await openLessonFile(harness, lesson, { name: 'tables.md' });
      await page.setViewportSize(viewport);
      const look = await page.evaluate(() => {
        const [small, wide] = document.querySelectorAll('.markdown-body .markdown-table');
        const cell = getComputedStyle(small.querySelector('td'));
        const header = getComputedStyle(small.querySelector('th'));
        return {
          tables: document.querySelectorAll('.markdown-body table').length,
          border: cell.borderTopStyle,
          padded: parseFloat(cell.paddingLeft) > 0,
          headerShaded: header.backgroundColor !== 'rgba(0, 0, 0, 0)',
          wideScrolls: wide.scrollWidth > wide.clientWidth,
          pageFits: document.documentElement.scrollWidth <= innerWidth,
          focusable: wide.tabIndex === 0 && wide.getAttribute('role') === 'region',
          kept: [...document.querySelectorAll('.formula-nowrap')].map((span) => ({
            wraps: getComputedStyle(span).whiteSpace, formula: !!span.querySelector('.katex'), after: span.textContent.slice(-1),
          })),
        };
      });
      assert.deepEqual(look, {
        tables: 2, border: 'solid', padded: true, headerShaded: true, wideScrolls: true, pageFits: true, focusable: true,
        kept: [{ wraps: 'nowrap', formula: true, after: '.' }, { wraps: 'nowrap', formula: true, after: ',' }],
      }, name);
      await harness.screenshot(page, `markdown-table-${name}`);
      assert.deepEqual(problems, []);
    }
  });

  test('a single file\'s "Gradbook" link goes to the course when served from the site', async () => {
    const { page } = await harness.open(SINGLE);
    assert.equal(await page.locator('.brand').getAttribute('href'), harness.url);
  });
});

test('a single file opened from disk shows "Gradbook" as plain text, not a link that fails', async () => {
  const harness = await startHarness();
  try {
    const { page } = await harness.open(pathToFileURL(join(DIST, SINGLE)).href);
    await page.locator('.brand').waitFor();
    await page.waitForFunction(() => document.querySelector('#notebook:not([aria-busy])'));
    assert.equal(await page.locator('.brand').getAttribute('href'), null);
    assert.equal(await page.getByRole('link', { name: 'Gradbook' }).count(), 0);
  } finally {
    await harness.close();
  }
});

describe('Stop in a <gradbook-notebook> on a plain host page', () => {
  let harness;
  let site;
  before(async () => {
    site = await mkdtemp(join(tmpdir(), 'gradbook-host-'));
    await symlink(DIST, join(site, 'gradbook'));
    await writeFile(join(site, 'runaway.md'), '# Runaway\n\n```python\nb = 2\n```\n\n```python\nwhile True:\n    b += 1\n```\n');
    await writeFile(join(site, 'page.html'), `<!doctype html><html><head><link rel="icon" href="data:,">
      <script type="module" src="gradbook/gradbook-embed.js"></script></head><body>
      <pre data-gradbook><code class="language-python">a = 1
print(a)</code></pre>
      <pre data-gradbook><code class="language-python">never = "run"</code></pre>
      <gradbook-notebook src="runaway.md"></gradbook-notebook></body></html>`);
    harness = await startHarness({ dist: site, prefix: '/course/' });
  });
  after(async () => {
    await harness?.close();
    await rm(site, { recursive: true, force: true });
  });

  test('says which other blocks lost their variables, and marks their outputs stale', async () => {
    const { page, problems } = await harness.open('page.html');
    const cells = page.locator('.cell-code');
    const finished = page.locator('[data-state="done"], [data-state="error"]');
    await cells.nth(0).locator('.run-button').click();
    await cells.nth(0).and(finished).waitFor({ timeout: PYTHON_START_TIMEOUT });
    await cells.nth(2).locator('.run-button').click();
    await cells.nth(2).and(finished).waitFor({ timeout: CELL_TIMEOUT });
    await cells.nth(3).locator('.run-button').click();
    await cells.nth(3).and(page.locator('[data-state="running"]')).waitFor();
    await page.locator('gradbook-notebook').getByRole('button', { name: 'Stop' }).click();
    const notice = page.locator('gradbook-notebook .embed-notice');
    await notice.waitFor();
    assert.equal(await notice.textContent(), 'Stopped by restarting Python: its variables are gone, here and in the other '
      + 'blocks on this page that ran: code block 1 (a = 1). Run their cells again.');
    assert.equal(await cells.nth(0).locator('.cell-output.stale').count(), 1, 'the code block that ran is marked stale');
    assert.deepEqual(problems, []);
  });
});
