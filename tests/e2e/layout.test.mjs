// The lesson page on a phone (390×844) and on a wide screen (1920 px): on a phone the top bar is
// one row that stays at the top with Stop in reach, text in graphs, plots and the prose's
// pictures is never smaller than 11 px (the picture scrolls instead), wide outputs scroll with a shade that says so; at 1920 px
// the contents are a sidebar and the code and outputs take a wider column. Long text outputs
// are capped with a "Show all" button at any width. Screenshots go to test-output/e2e/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, startHarness } from './harness.mjs';
import { SEED_LESSON, codeCell, finishedCell, openReady, setCode } from './notebook.mjs';

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1920, height: 1080 };
const screenshotOfWindow = async (page, name) => page.screenshot({ path: await screenshotPath(name) });

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/** The tops and bottoms of the top bar's visible controls, and whether each is the topmost element at its centre. */
const toolbarControls = (page) => page.locator('.topbar').evaluate((bar) => [...bar.querySelectorAll('.brand, .toolbar > *')]
  .filter((element) => element.getClientRects().length > 0)
  .map((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return { id: element.id || element.className, top: box.top, bottom: box.bottom, right: box.right, onTop: element.contains(hit) };
  }));

// One lesson on a phone, with Python started once, for the tests that run cells there.
describe('on a phone', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openReady(harness, SEED_LESSON, { viewport: PHONE }));
  });

  test('the top bar is one row that stays on screen, with Run all, Stop and the menu always in reach', async () => {
    const controls = await toolbarControls(page);
    assert.deepEqual(controls.map((c) => c.id), ['brand', 'runtime-status', 'run-all', 'stop', 'file-menu']);
    const firstRow = controls[0];
    for (const control of controls) {
      assert.ok(control.top < firstRow.bottom && control.bottom > firstRow.top, `${control.id} is on the first row: ${JSON.stringify(controls)}`);
      assert.ok(control.right <= PHONE.width, `${control.id} fits the width`);
    }

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const scrolled = await toolbarControls(page);
    assert.ok(scrolled.every((c) => c.onTop && c.top >= 0 && c.bottom < 80), `the bar stays at the top, uncovered: ${JSON.stringify(scrolled)}`);
    const contents = await page.locator('.lesson-contents').evaluate((nav) => ({ top: nav.getBoundingClientRect().top, background: getComputedStyle(nav).backgroundColor }));
    assert.ok(Math.abs(contents.top - scrolled[0].bottom) < 16, 'the contents bar sticks just below the top bar');
    assert.doesNotMatch(contents.background, /rgba\(.*, 0(\.\d+)?\)$/, 'the contents bar is opaque: the lesson does not show through');
    await screenshotOfWindow(page, 'layout-phone-scrolled');
    await page.evaluate(() => window.scrollTo(0, 0));

    // The less-used controls are in the menu.
    await page.locator('#file-menu > summary').click();
    for (const name of ['Run above', 'Restart', 'Clear outputs', 'Download as .ipynb']) {
      assert.ok(await page.getByRole('menuitem', { name }).isVisible(), `${name} is in the menu`);
    }
    await screenshotOfWindow(page, 'layout-phone-menu');
    await page.getByRole('menuitem', { name: 'Clear outputs' }).click();
    assert.equal(await page.locator('#file-menu').evaluate((menu) => menu.open), false, 'choosing an item closes the menu');
    assert.equal(await page.locator('.cell-output .output').count(), 0);

    // Back on a wider window, they are toolbar buttons again.
    await page.setViewportSize({ width: 1100, height: 900 });
    assert.ok(await page.getByRole('button', { name: 'Restart' }).isVisible());
    assert.equal(await page.locator('.toolbar > #restart').count(), 1);
    await page.setViewportSize(PHONE);
    assert.deepEqual(problems, []);
  });

  /** The smallest on-screen size (CSS px) of the text in the drawings under `selector`. */
  const smallestText = (page, selector) => page.locator(selector).evaluateAll((drawings) => Math.min(...drawings.flatMap((drawing) =>
    [...drawing.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a))));

  test('graphs and plots keep their text at 11 px or more and scroll sideways; wide printouts scroll with a shade at the edge', async () => {
    await setCode(page, 0, [
      'import torch, gradbook',
      'x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)',
      'w = torch.tensor([[0.5, -1.0], [2.0, 0.25], [1.5, 3.0]], requires_grad=True)',
      'z = torch.tanh(x @ w).sum() * torch.exp(x).mean()',
      'z.backward()',
      'gradbook.display(gradbook.graph(z), gradbook.plot([0.9, 0.5, 0.3, 0.2, 0.15, 0.1], title="loss"))',
      'print("wide " * 60)',
    ].join('\n'));
    await page.keyboard.press('Shift+Enter');
    const cell = codeCell(page, 0);
    assert.equal((await finishedCell(page, 0)).state, 'done');
    for (const selector of ['.graph', '.figure']) {
      await cell.locator(selector).first().waitFor();
      const smallest = await smallestText(page, `.cell-code >> nth=0 >> ${selector} svg`);
      assert.ok(smallest >= 11, `${selector} text is ${smallest} px at the smallest`);
      const box = await cell.locator(selector).first().evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, overflow: getComputedStyle(element).overflowX }));
      assert.ok(box.scrollWidth <= box.clientWidth || box.overflow === 'auto', `${selector} scrolls when wider than the phone`);
    }
    const wide = cell.locator('.output-stream pre');
    const scroll = await wide.evaluate((pre) => {
      const before = { scrollWidth: pre.scrollWidth, clientWidth: pre.clientWidth, shade: getComputedStyle(pre).backgroundImage };
      pre.scrollLeft = 100;
      return { ...before, scrolledTo: pre.scrollLeft };
    });
    assert.ok(scroll.scrollWidth > scroll.clientWidth, 'the printout is wider than the phone');
    assert.equal(scroll.scrolledTo, 100, 'and scrolls sideways');
    assert.equal(scroll.shade.match(/gradient\(/g)?.length, 4, 'with shades at its edges that show there is more');
    await wide.evaluate((pre) => (pre.scrollLeft = 0));
    await cell.locator('.graph').scrollIntoViewIfNeeded();
    await screenshotOfWindow(page, 'layout-phone-graph');
    assert.deepEqual(problems, []);
  });

  test("the pictures in a lesson's prose keep their text at 11 px or more and scroll sideways, reachable by keyboard", async () => {
    const pictures = page.locator('.markdown-body .prose-picture');
    assert.equal(await pictures.count(), 2, "lesson 1's two drawings");
    // (A scaled drawing's text size comes back with a float's error: 10.9996 for 11.)
    const smallest = Number((await smallestText(page, '.markdown-body .prose-picture svg')).toFixed(2));
    assert.ok(smallest >= 11, `prose picture text is ${smallest} px at the smallest`);
    assert.deepEqual(await pictures.evaluateAll((boxes) => boxes.map((box) => ({
      scrolls: box.scrollWidth > box.clientWidth, focusable: box.tabIndex === 0, role: box.getAttribute('role'),
      picture: box.querySelector('svg').getAttribute('role'),
    }))), Array(2).fill({ scrolls: true, focusable: true, role: 'region', picture: 'img' }));
    // Regions are landmarks: each has a name of its own, saying where it is.
    const names = await pictures.evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label')));
    names.forEach((name) => assert.match(name, /^Picture( \d)? in cell \d+, scrolls sideways$/));
    assert.equal(new Set(names).size, 2, names.join(' / '));
    await pictures.first().scrollIntoViewIfNeeded();
    await screenshotOfWindow(page, 'layout-phone-prose-picture');
    assert.deepEqual(problems, []);
  });

  test('a long printout is capped at 40 lines, with all of it in the page and a button that shows it all', async () => {
    await setCode(page, 0, 'for i in range(100):\n    print("line", i)');
    await page.keyboard.press('Shift+Enter');
    await finishedCell(page, 0);
    const output = codeCell(page, 0).locator('.output-stream');
    const showAll = output.getByRole('button', { name: 'Show all 100 lines' });
    await showAll.waitFor();
    const capped = await output.locator('pre').evaluate((pre) => ({ shown: pre.clientHeight, all: pre.scrollHeight, text: pre.textContent }));
    assert.ok(capped.shown < capped.all / 2, `only part is shown: ${capped.shown} of ${capped.all} px`);
    assert.match(capped.text, /line 0\n[\s\S]*line 99\n$/, 'the whole text is in the page');
    assert.equal(await showAll.getAttribute('aria-expanded'), 'false');
    await screenshotOfWindow(page, 'layout-long-output-capped');
    await showAll.click();
    const expanded = await output.locator('pre').evaluate((pre) => ({ shown: pre.clientHeight, all: pre.scrollHeight }));
    assert.equal(expanded.shown, expanded.all, 'all of it shows');
    const fewer = output.getByRole('button', { name: 'Show fewer lines' });
    assert.equal(await fewer.getAttribute('aria-expanded'), 'true');
    await fewer.click();
    await showAll.waitFor();

    // A short printout is not capped.
    await setCode(page, 0, 'print("short")');
    await page.keyboard.press('Shift+Enter');
    await finishedCell(page, 0);
    await codeCell(page, 0).locator('pre', { hasText: 'short' }).waitFor();
    assert.equal(await codeCell(page, 0).locator('.output-show-all').count(), 0);
    assert.deepEqual(problems, []);
  });

  // Last: Stop restarts Python where the page is not cross-origin isolated.
  test('Stop is in reach while a long cell runs and the page is scrolled far down', async () => {
    await setCode(page, 0, 'import time\nfor i in range(600):\n    time.sleep(0.05)');
    await page.keyboard.press('Shift+Enter');
    await page.locator('#stop:not([disabled])').waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.8));
    const stop = (await toolbarControls(page)).find((control) => control.id === 'stop');
    assert.ok(stop.onTop && stop.top >= 0, `Stop is on screen and uncovered: ${JSON.stringify(stop)}`);
    await page.getByRole('button', { name: 'Stop' }).click();
    await finishedCell(page, 0);
    assert.deepEqual(problems, []);
  });
});

test('at 1920 px the contents are a sidebar and code cells and outputs take a wider column than the prose', async () => {
  const { page, problems } = await harness.open(SEED_LESSON, { viewport: WIDE });
  const contents = page.getByRole('navigation', { name: 'Contents of this lesson' });
  await contents.locator('a').first().waitFor();
  const [sidebar, editor, prose] = await Promise.all([
    contents.boundingBox(), codeCell(page, 0).locator('.cell-editor').boundingBox(), page.locator('.cell-markdown').first().boundingBox(),
  ]);
  assert.ok(sidebar.x + sidebar.width <= prose.x, 'the contents are beside the lesson');
  const rem = 17; // the page's font size
  assert.ok(editor.width > 56 * rem, `a code cell is wider (${editor.width} px) than the 52rem column of a narrower screen`);
  assert.ok(prose.width <= 50 * rem, `the prose keeps a readable measure (${prose.width} px)`);
  assert.ok(editor.x + editor.width <= WIDE.width - 3 * rem, 'and the page keeps a margin on the right');
  await page.evaluate(() => window.scrollTo(0, 1200));
  await screenshotOfWindow(page, 'layout-1920');
  assert.deepEqual(problems, []);
});
