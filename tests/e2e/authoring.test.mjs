// A course author adds a lesson to a built site without the toolchain: a copy of dist/ gets a new
// lesson with a picture beside it (img/sigmoid.png) and a link to lesson 1, then
// `gradbook lessons` runs. The lesson's picture and link resolve against the lesson file on the
// notebook page, in <gradbook-notebook src> and in the iframe embed; with the network cut it
// still opens with its picture; the single file the command makes of it carries the picture
// inlined. Links and pictures that try to run a script stay inert.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startHarness } from './harness.mjs';
import { PYTHON_START_TIMEOUT, pythonReady } from './notebook.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('fixtures/authoring/', import.meta.url));
const LESSON = '08-the-sigmoid.md';
const FIRST_LESSON = '01-gradients-and-backpropagation.md';
const NO_ICON = '<link rel="icon" href="data:,">'; // else Chromium asks for /favicon.ico
const HOST_PAGES = {
  'element.html': `<!doctype html><html><head>${NO_ICON}<script type="module" src="gradbook/gradbook-embed.js"></script></head><body>
    <gradbook-notebook src="gradbook/lessons/${LESSON}"></gradbook-notebook></body></html>`,
  'iframe.html': `<!doctype html><html><head>${NO_ICON}</head><body>
    <iframe src="gradbook/embed.html?lesson=${LESSON}" width="900" height="800"></iframe></body></html>`,
};

let harness;
let course; // the course site: host pages, and the built site with the added lesson in gradbook/
let site;
before(async () => {
  course = await mkdtemp(join(tmpdir(), 'gradbook-authoring-'));
  site = join(course, 'gradbook');
  await cp(join(ROOT, 'dist'), site, { recursive: true, filter: (path) => !/[\\/]dist[\\/]engine$/.test(path) });
  await cp(join(FIXTURE, LESSON), join(site, 'lessons', LESSON));
  await cp(join(FIXTURE, 'img'), join(site, 'lessons/img'), { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'bin/gradbook.mjs'), 'lessons', site]);
  await Promise.all(Object.entries(HOST_PAGES).map(([name, html]) => writeFile(join(course, name), html)));
  harness = await startHarness({ dist: course, prefix: '/course/' });
});
after(async () => {
  await harness?.close();
  await rm(course, { recursive: true, force: true });
});

const siteURL = (path) => new URL(`gradbook/${path}`, harness.url).href;

/** Waits for the lesson's picture and reads what the page made of the lesson's links and pictures. */
async function lessonLinks(frame) {
  const picture = frame.locator('.markdown-body img[alt^="The sigmoid curve"]');
  await picture.evaluate((img) => img.decode().catch(() => {})); // once loaded, or failed to
  return picture.evaluate((img) => {
    const body = img.closest('.notebook');
    const link = (text) => [...body.querySelectorAll('a')].find((a) => a.textContent === text);
    return {
      src: img.getAttribute('src'),
      shown: img.naturalWidth,
      next: link('the first lesson').getAttribute('href'),
      javascriptLink: link('a javascript link')?.getAttribute('href') ?? 'no link',
      disguisedLink: link('a disguised one')?.getAttribute('href') ?? 'no link',
      handlers: [...body.querySelectorAll('*')].flatMap((node) => [...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    };
  });
}

/** Fails the test on any dialog a script of the lesson could open. */
function noDialogs(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  return dialogs;
}

test('the command lists the added lesson: the course index links it', async () => {
  const { page, problems } = await harness.open('gradbook/');
  await page.getByRole('link', { name: 'The sigmoid' }).click();
  await page.locator('.markdown-body h1', { hasText: 'The sigmoid' }).waitFor();
  assert.equal(new URL(page.url()).search, `?lesson=${LESSON}`);
  assert.deepEqual(problems, []);
});

test("the notebook page shows the lesson's picture, and its link opens the other lesson's page", async () => {
  const { page, problems } = await harness.open(`gradbook/?lesson=${LESSON}`);
  const dialogs = noDialogs(page);
  assert.deepEqual(await lessonLinks(page), {
    src: siteURL('lessons/img/sigmoid.png'),
    shown: 360,
    next: `${siteURL('')}?lesson=${FIRST_LESSON}#seeing-the-graph`,
    javascriptLink: 'no link',
    disguisedLink: 'no link',
    handlers: [],
  });
  await page.waitForTimeout(200); // a handler that survived would have fired by now
  for (const [name, viewport] of [['authoring-lesson-desktop', { width: 1100, height: 900 }], ['authoring-lesson-phone', { width: 390, height: 844 }]]) {
    await page.setViewportSize(viewport);
    await harness.screenshot(page, name);
  }
  const fits = await page.locator('.markdown-body img').first().evaluate((img) => img.getBoundingClientRect().right <= innerWidth);
  assert.ok(fits, 'the picture fits a phone screen');
  await page.setViewportSize({ width: 1100, height: 900 });
  await pythonReady(page); // else leaving the page aborts Pyodide's downloads
  await page.getByRole('link', { name: 'the first lesson' }).click();
  await page.locator('.markdown-body h1', { hasText: 'Gradients and backpropagation' }).waitFor();
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
});

test('<gradbook-notebook src> shows the picture, and its link opens the lesson on the site', async () => {
  const { page, problems } = await harness.open('element.html');
  const dialogs = noDialogs(page);
  const links = await lessonLinks(page.locator('gradbook-notebook'));
  assert.deepEqual({ src: links.src, shown: links.shown, next: links.next, handlers: links.handlers },
    { src: siteURL('lessons/img/sigmoid.png'), shown: 360, next: siteURL(`index.html?lesson=${FIRST_LESSON}#seeing-the-graph`), handlers: [] });
  assert.deepEqual([links.javascriptLink, links.disguisedLink], ['no link', 'no link']);
  await harness.screenshot(page, 'authoring-element');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
});

test('the iframe embed shows the picture, and its link opens the other lesson in the frame', async () => {
  const { page, problems } = await harness.open('iframe.html');
  const dialogs = noDialogs(page);
  const frame = page.frameLocator('iframe');
  const links = await lessonLinks(frame.locator('#lesson'));
  assert.deepEqual({ src: links.src, shown: links.shown, next: links.next },
    { src: siteURL('lessons/img/sigmoid.png'), shown: 360, next: `?lesson=${FIRST_LESSON}#seeing-the-graph` });
  await frame.getByRole('link', { name: 'the first lesson' }).click();
  await frame.locator('.markdown-body h1', { hasText: 'Gradients and backpropagation' }).waitFor();
  assert.equal(page.frames()[1].url(), siteURL(`embed.html?lesson=${FIRST_LESSON}#seeing-the-graph`));
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
});

test('after one visit, the added lesson opens with its picture with the network cut', async () => {
  const { page } = await harness.open(`gradbook/?lesson=${LESSON}`, { serviceWorkers: 'allow' });
  await page.locator('html[data-gradbook-offline="ready"]').waitFor({ timeout: PYTHON_START_TIMEOUT });
  await page.context().setOffline(true);
  await page.reload();
  const links = await lessonLinks(page);
  assert.deepEqual({ src: links.src, shown: links.shown }, { src: siteURL('lessons/img/sigmoid.png'), shown: 360 });
  await harness.screenshot(page, 'authoring-lesson-offline');
  await page.context().close();
});

test("the lesson's single file, opened from disk, carries its picture inlined and links to the other lesson's single file", async () => {
  const file = pathToFileURL(join(site, 'single/08-the-sigmoid.html')).href;
  const { page, problems } = await harness.open(file);
  const links = await lessonLinks(page);
  assert.match(links.src, /^data:image\/png;base64,iVBORw0KGgo/);
  assert.equal(links.shown, 360);
  assert.equal(links.next, new URL(`${FIRST_LESSON.replace('.md', '.html')}#seeing-the-graph`, file).href);
  assert.deepEqual(links.handlers, []);
  await harness.screenshot(page, 'authoring-single-file');
  assert.deepEqual(problems, []);
});
