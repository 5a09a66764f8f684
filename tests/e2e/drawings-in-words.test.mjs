// A drawing says what it shows in words, for a screen reader and for anyone who opens "… in
// words": a graph every node with its value and gradient, then every edge's gradient; a plot its
// axes' ranges and each series with its points' count and ranges.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, startHarness } from './harness.mjs';
import { codeCell, openLessonFile, runAll } from './notebook.mjs';

const LESSON = `# Drawings in words

\`\`\`python
import torch
import gradbook
x = torch.tensor([1.0, 2.0], requires_grad=True)
z = (x * 3).sum()
z.backward()
gradbook.graph(z)
\`\`\`

\`\`\`python
import matplotlib.pyplot as plt
plt.plot([0, 1, 2, 3], [4.0, 2.0, 1.0, 0.5], label="loss")
plt.xlabel("step")
plt.title("Training")
plt.show()
\`\`\`
`;

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const words = (cell) => cell.locator('.drawing-text li').allTextContents();

test('a graph and a plot state their content in words beside the picture', async () => {
  const { page, problems } = await openLessonFile(harness, LESSON, { name: 'words.md' });
  await runAll(page, 600_000);

  const graph = codeCell(page, 0);
  assert.equal(await graph.locator('svg.graph-svg').getAttribute('aria-label'), 'computational graph with 4 nodes and 3 edges (in words below)');
  assert.equal(await graph.locator('.drawing-text summary').textContent(), 'The graph in words');
  assert.deepEqual(await words(graph), [
    'tensor z: value 9.',
    'operation SumBackward0, giving z',
    'operation MulBackward0',
    'leaf tensor x (AccumulateGrad): value [1., 2.]; grad [3., 3.]',
    'gradient flows from z to SumBackward0: 1.',
    'gradient flows from SumBackward0 to MulBackward0: [1., 1.]',
    'gradient flows from MulBackward0 to x: [3., 3.]',
  ]);

  const plot = codeCell(page, 1);
  assert.equal(await plot.locator('svg.figure-svg').getAttribute('aria-label'), 'Plot “Training”. x axis “step” from -0.15 to 3.15; y axis from 0.325 to 4.175. 1 series: loss (line), 4 points, x from 0 to 3, y from 0.5 to 4.');
  assert.deepEqual(await words(plot), [ // the figure's own description, written in Python
    'Plot “Training”. x axis “step” from -0.15 to 3.15; y axis from 0.325 to 4.175. 1 series: loss (line), 4 points, x from 0 to 3, y from 0.5 to 4.',
  ]);

  // How the words look, opened, beside the graph: at a desktop's width and a phone's.
  for (const summary of await page.locator('.drawing-text summary').all()) await summary.click();
  await graph.locator('.drawing-text').scrollIntoViewIfNeeded();
  await page.screenshot({ path: await screenshotPath('drawings-in-words-1100') });
  await page.setViewportSize({ width: 390, height: 844 });
  await graph.locator('.drawing-text').scrollIntoViewIfNeeded();
  await page.screenshot({ path: await screenshotPath('drawings-in-words-390') });
  assert.deepEqual(problems, []);
});
