// Files a lesson reads: those beside it in the course's folder and the Fashion-MNIST copy the
// site ships, fetched by the Python worker when a program first reads them, and read again
// with the network cut once the service worker has kept them. The site is built here from a
// course of one lesson with files beside it (tests/e2e/fixtures/lessons-with-files/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../scripts/build-app.mjs';
import { startHarness } from './harness.mjs';
import { CELL_TIMEOUT, PYTHON_START_TIMEOUT, codeCell, finishedCell, pythonReady, runAll } from './notebook.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LESSON = '?lesson=reading-files.md';
const EXPECTED = [
  "['scores.csv', 'tables']\n['epoch,loss', '1,0.93', '2,0.41']\n['first', '1', 'second', '2']\n",
  // what torchvision 0.14 prints for the second cell
  '10000 Ankle boot torch.Size([1, 28, 28]) tensor(131.2000)\n',
];

let harness, dist;
before(async () => {
  dist = await mkdtemp(join(tmpdir(), 'gradbook-files-site-'));
  await buildApp({ root: ROOT, dist, engineDir: join(ROOT, 'dist/engine'), lessons: join(ROOT, 'tests/e2e/fixtures/lessons-with-files') });
  harness = await startHarness({ dist });
});
after(async () => {
  await harness?.close();
  await rm(dist, { recursive: true, force: true });
});

async function outputs(page) {
  await runAll(page);
  return Promise.all([0, 1, 2, 3].map(async (i) => (await finishedCell(page, i)).text));
}

/** The natural size of the picture cell `index` shows (a PNG from data), once it has loaded. */
async function pictureSize(page, index) {
  const image = codeCell(page, index).locator('img.output-image');
  assert.match(await image.getAttribute('src'), /^data:image\/png;base64,iVBOR/);
  return image.evaluate(async (img) => {
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
}

test('a lesson reads the files beside it and Fashion-MNIST, and again with the network cut', async () => {
  const { page, problems } = await harness.open(LESSON, { serviceWorkers: 'allow' });
  await page.locator('html[data-gradbook-offline="ready"]').waitFor({ timeout: PYTHON_START_TIMEOUT });
  await pythonReady(page);
  problems.length = 0; // the reload into isolation aborts what the first load was fetching
  const online = await outputs(page);
  assert.deepEqual(online.slice(0, 2), EXPECTED);
  assert.match(online[2], /FileNotFoundError: \[Errno 44\] No such file or directory: 'missing\.csv'\n$/);
  assert.equal(online[3], '9  2  1  1\n6  1  4  6\n', 'the labels, below the picture in its rows');
  const [width, height] = await pictureSize(page, 3);
  assert.equal(width / height, (4 * 30 + 2) / (2 * 30 + 2), 'two rows of four 28-pixel images, 2 pixels apart');
  await harness.screenshot(page, 'lesson-files-and-fashion-mnist');
  assert.deepEqual(problems, []);

  await page.context().setOffline(true);
  await page.reload();
  await pythonReady(page);
  assert.deepEqual((await outputs(page)).slice(0, 2), EXPECTED);
  await page.context().close();
});

test('embed.html shows a course lesson with the files beside it', async () => {
  const { page, problems } = await harness.open(LESSON.replace('?', 'embed.html?'));
  const first = page.locator('.cell-code').first();
  await first.locator('.run-button').click();
  await first.and(page.locator('[data-state="done"], [data-state="error"]')).waitFor({ timeout: PYTHON_START_TIMEOUT + CELL_TIMEOUT });
  assert.equal(await first.locator('.cell-output').innerText(), EXPECTED[0]);
  assert.deepEqual(problems, []);
});
