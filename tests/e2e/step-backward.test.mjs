// gradbook.step_backward in the page: the seed lesson's backward pass walked with Next to the
// end (the node, the gradient it received, the local derivative and what it sent on at each
// step, the leaves' .grad appearing at the step that fills it), back with Previous, and with
// the arrow keys; the learner's .grad untouched; readable on a phone (scrolled, not shrunk); the
// same in the lesson's single file opened from disk.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { startHarness } from './harness.mjs';
import { SEED_LESSON, codeCell, finishedCell, setCode } from './notebook.mjs';

// Python takes over a minute to start when this machine is busy; the steps are what is tested.
const PYTHON_START = 240_000;

// What the panel says at each step, and each leaf's .grad line after it: z = 3x² + 2y + 5.
const STEPS = [
  ['AddBackward0 (→ z)', 'incoming ∂L/∂y = [1., 1., 1.]', 'to AddBackward0: ∂(a + b)/∂a = 1',
    '∂L/∂a = ∂L/∂y · ∂y/∂a = [1., 1., 1.] · 1 = [1., 1., 1.]'],
  ['AddBackward0', 'incoming ∂L/∂y = [1., 1., 1.]', 'to MulBackward0: ∂(a + b)/∂a = 1',
    '∂L/∂a = ∂L/∂y · ∂y/∂a = [1., 1., 1.] · 1 = [1., 1., 1.]', 'to MulBackward0: ∂(a + b)/∂b = 1',
    '∂L/∂b = ∂L/∂y · ∂y/∂b = [1., 1., 1.] · 1 = [1., 1., 1.]'],
  ['MulBackward0', 'incoming ∂L/∂y = [1., 1., 1.]', 'to y: ∂(a·b)/∂a = b',
    '∂L/∂a = ∂L/∂y · ∂y/∂a = [1., 1., 1.] · b = [2., 2., 2.]', 'y.grad = [2., 2., 2.]'],
  ['MulBackward0', 'incoming ∂L/∂y = [1., 1., 1.]', 'to PowBackward0: ∂(a·b)/∂a = b',
    '∂L/∂a = ∂L/∂y · ∂y/∂a = [1., 1., 1.] · b = [3., 3., 3.]'],
  ['PowBackward0', 'incoming ∂L/∂y = [3., 3., 3.]', 'to x: ∂(a^2)/∂a = 2·a^1',
    '∂L/∂a = ∂L/∂y · ∂y/∂a = [3., 3., 3.] · 2·a^1 = [ 6., 12., 18.]', 'x.grad = [ 6., 12., 18.]'],
];
const LEAF_GRADS = [
  ['grad None', 'grad None'], ['grad None', 'grad None'], ['grad None', 'grad None'],
  ['grad None', 'grad [2., 2., 2.]'], ['grad None', 'grad [2., 2., 2.]'], ['grad [ 6., 12., 18.]', 'grad [2., 2., 2.]'],
];

let harness;
let page;
let problems;
// Opens the seed lesson at `path` and turns its third cell into a step_backward of z, after
// running the cells that make x, y and z.
async function openStepper(path) {
  const opened = await harness.open(path);
  await opened.page.locator('#runtime-status[data-status="ready"]').waitFor({ timeout: PYTHON_START });
  await codeCell(opened.page, 0).locator('.cm-content').click();
  await opened.page.keyboard.press('Shift+Enter');
  await opened.page.keyboard.press('Shift+Enter');
  await finishedCell(opened.page, 1);
  await setCode(opened.page, 2, 'import gradbook\ngradbook.step_backward(z, torch.ones_like(x))');
  await opened.page.keyboard.press('Control+Enter');
  assert.equal((await finishedCell(opened.page, 2)).state, 'done');
  return opened;
}

before(async () => {
  harness = await startHarness();
  ({ page, problems } = await openStepper(SEED_LESSON));
});
after(() => harness?.close());

const stepper = () => codeCell(page, 2).locator('.step-backward');

async function shown() {
  return stepper().evaluate((root) => ({
    status: root.querySelector('.step-backward-status').textContent,
    panel: [...root.querySelectorAll('.step-backward-panel > div')].map((line) => line.textContent),
    current: [...root.querySelectorAll('.graph-node.step-backward-current')].map((node) => node.dataset.name),
    leaves: ['x', 'y'].map((name) => root.querySelectorAll(`.graph-node[data-name="${name}"] .graph-node-line`)[1].textContent),
    labels: [...root.querySelectorAll('.graph-edge:not(.step-backward-pending) .graph-edge-label')].length,
  }));
}

test('Next walks the backward pass in the engine order, with the values at each step', async () => {
  assert.deepEqual(problems, []);
  let view = await shown();
  assert.equal(view.status, 'Before the backward pass (5 steps)');
  assert.deepEqual(view.leaves, LEAF_GRADS[0]);
  assert.equal(view.labels, 1, 'only the seed gradient has flowed');
  assert.equal(await stepper().getByRole('button', { name: 'Previous' }).isDisabled(), true);
  for (let i = 0; i < STEPS.length; i++) {
    await stepper().getByRole('button', { name: 'Next' }).click();
    view = await shown();
    assert.equal(view.status, `Step ${i + 1} of 5`);
    assert.deepEqual(view.panel, STEPS[i]);
    assert.deepEqual(view.current, [STEPS[i][0].split(' ')[0]]);
    assert.deepEqual(view.leaves, LEAF_GRADS[i + 1], `leaves' .grad after step ${i + 1}`);
  }
  assert.equal(view.labels, 7, 'every gradient has flowed');
  assert.equal(await stepper().getByRole('button', { name: 'Next' }).isDisabled(), true);
  await harness.screenshot(page, 'step-backward-desktop');
});

test('Previous goes back a step, hiding what had not flowed yet', async () => {
  await stepper().getByRole('button', { name: 'Previous' }).click();
  const view = await shown();
  assert.equal(view.status, 'Step 4 of 5');
  assert.deepEqual(view.panel, STEPS[3]);
  assert.deepEqual(view.leaves, LEAF_GRADS[4]);
  assert.equal(view.labels, 6);
});

test('the arrow keys step while the figure has focus', async () => {
  await stepper().focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await shown()).status, 'Step 2 of 5');
  await page.keyboard.press('ArrowRight');
  const view = await shown();
  assert.equal(view.status, 'Step 3 of 5');
  assert.deepEqual(view.panel, STEPS[2]);
  assert.deepEqual(view.leaves, LEAF_GRADS[3]);
});

test("stepping leaves the learner's .grad alone: the lesson's backward() then gives the usual gradients", async () => {
  await codeCell(page, 3).locator('.cm-content').click();
  await page.keyboard.press('Control+Enter');
  assert.equal((await finishedCell(page, 3)).text,
    'Gradients of z with respect to x:  tensor([ 6., 12., 18.])\nGradients of z with respect to y:  tensor([2., 2., 2.])\n');
});

test('on a phone the graph keeps its text size, and scrolls when wider than the screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  const sizes = await stepper().evaluate((root) => {
    const svg = root.querySelector('svg.graph-svg');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const picture = root.querySelector('.step-backward-graph');
    return {
      graphText: 12 * scale,
      panelText: parseFloat(getComputedStyle(root.querySelector('.step-backward-line')).fontSize),
      scrolls: picture.scrollWidth > picture.clientWidth,
      fits: svg.getBoundingClientRect().width <= picture.clientWidth,
    };
  });
  assert.ok(sizes.graphText >= 11, `graph text is ${sizes.graphText}px`);
  assert.ok(sizes.panelText >= 11, `panel text is ${sizes.panelText}px`);
  assert.ok(sizes.fits || sizes.scrolls, 'a graph wider than the screen scrolls');
  await harness.screenshot(page, 'step-backward-phone');
});

test('the single file of the seed lesson, opened from disk, steps the same way', async () => {
  const file = pathToFileURL(new URL('../../dist/single/01-gradients-and-backpropagation.html', import.meta.url).pathname).href;
  ({ page, problems } = await openStepper(file));
  for (let i = 0; i < STEPS.length; i++) await stepper().getByRole('button', { name: 'Next' }).click();
  const view = await shown();
  assert.equal(view.status, 'Step 5 of 5');
  assert.deepEqual(view.panel, STEPS[4]);
  assert.deepEqual(view.leaves, LEAF_GRADS[5]);
  assert.deepEqual(problems, []);
});
