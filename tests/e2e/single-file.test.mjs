// A single-file lesson (dist/single/<lesson>.html) opened straight from disk, file://, with no
// server: Python starts from the inlined runtime and "Run all" gives PyTorch's output, after
// which axe-core finds no accessibility violation (axe.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startHarness } from './harness.mjs';
import { assertNoViolations } from './axe.mjs';
import { cellSummary, codeCell, openReady, runAll } from './notebook.mjs';

const ROOT = new URL('../../', import.meta.url);
const LESSON = '01-gradients-and-backpropagation';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

test('a single-file lesson opened from file:// runs "Run all" with no server, and has no accessibility violation after', async () => {
  const file = pathToFileURL(new URL(`dist/single/${LESSON}.html`, ROOT).pathname).href;
  const recorded = JSON.parse(readFileSync(new URL(`tests/lessons/${LESSON}.json`, ROOT), 'utf8'));
  const { page, problems } = await openReady(harness, file);
  assert.equal(page.url(), file);
  await runAll(page);
  assert.equal(await page.locator('.output-error, .output-stderr').count(), 0);
  for (const [i, cell] of recorded.entries()) {
    assert.equal((await cellSummary(codeCell(page, i))).text, cell.stdout + (cell.result ?? ''), `cell ${i + 1}`);
  }
  await assertNoViolations(page, 'single file');
  assert.deepEqual(problems, []);
});
