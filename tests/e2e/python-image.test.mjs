// A returning visitor's Python starts from the interpreter image and the bytecode kept by the
// first visit (web/runtime/python-snapshot.mjs, python-bytecode.mjs): after a reload the cells
// must print exactly what they printed the first time, and both must be in the browser's Cache
// Storage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';
import { SEED_LESSON } from './notebook.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

async function runAll(page) {
  await page.locator('#runtime-status[data-status="ready"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Run all' }).click();
  const cells = page.locator('.cell-code');
  const count = await cells.count();
  const outputs = [];
  for (let i = 0; i < count; i++) {
    const cell = cells.nth(i);
    await cell.and(page.locator('[data-state="done"], [data-state="error"]')).waitFor({ timeout: 20_000 });
    outputs.push(await cell.evaluate((e) => [...e.querySelectorAll('.output pre')].map((pre) => pre.textContent).join('')));
  }
  return outputs;
}

test('after a reload, Python restored from the kept image and bytecode prints what it printed before', async () => {
  const { page, problems } = await harness.open(SEED_LESSON);
  const first = await runAll(page);
  // Each kept in its cache (the cache exists from the start of a save, the entry once it ends).
  await page.waitForFunction(async () => {
    const kept = async (name) => (await caches.has(name)) && (await (await caches.open(name)).keys()).length === 1;
    return (await kept('gradbook-python-image')) && (await kept('gradbook-python-bytecode'));
  }, null, { timeout: 30_000 });
  await page.reload();
  assert.deepEqual(await runAll(page), first);
  assert.ok(first.some((text) => text.includes('tensor(')));
  assert.deepEqual(problems, []);
});
