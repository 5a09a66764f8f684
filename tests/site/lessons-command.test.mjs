// `gradbook lessons DIR`: a course author drops lesson files into a built site's lessons folder
// and, with Node alone, gets the course index and the service worker's offline list rewritten
// as the site build writes them. The site here is a small stand-in for a built one: what the
// command reads and writes (sw.js naming its code, lessons/, a page and an asset).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { courseIndex, writeCourseIndex } from '../../scripts/course-index.mjs';
import { readOfflineList, writeServiceWorker } from '../../scripts/offline-list.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GRADBOOK = join(ROOT, 'bin/gradbook.mjs');
const FIRST_LESSON = '# Tensors\n\nText.\n\n```python\nimport torch\nprint(torch.ones(2))\n```\n';
const MARKDOWN_LESSON = '# Sigmoid\n\n![the sigmoid](img/sigmoid.png)\n\n```python\nimport torch\nprint(torch.sigmoid(torch.zeros(1)))\n```\n\n[Back](01-tensors.md)\n';
const NOTEBOOK_LESSON = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Reading a CSV\n'] },
    { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['print(open("points.csv").read())'] },
  ],
});
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

// A single-file lesson as the build writes it: the page around its lesson's block.
const singleFile = (lesson) => `<!doctype html><main id="notebook"></main><script type="application/json" id="gradbook-lesson">${JSON.stringify(lesson)}</script>\n`
  + '<script type="module">/* the page */</script>\n</body>';

/** A built site as the build leaves it, with one lesson; resolves to its folder. */
async function builtSite(t) {
  const site = await mkdtemp(join(tmpdir(), 'gradbook-site-'));
  t.after(() => rm(site, { recursive: true, force: true }));
  await mkdir(join(site, 'lessons'));
  await mkdir(join(site, 'assets'));
  await mkdir(join(site, 'single'));
  await writeFile(join(site, 'index.html'), '<!doctype html><title>Gradbook</title>');
  await writeFile(join(site, 'assets/offline-0123456789.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(site, 'single/01-tensors.html'), singleFile({ name: '01-tensors.md', text: FIRST_LESSON, images: {} }));
  await writeFile(join(site, 'lessons/01-tensors.md'), FIRST_LESSON);
  await writeCourseIndex(join(site, 'lessons'), await courseIndex(join(site, 'lessons')));
  await writeServiceWorker(site, 'assets/offline-0123456789.js');
  return site;
}

async function dropLessons(site) {
  await mkdir(join(site, 'lessons/img'));
  await writeFile(join(site, 'lessons/img/sigmoid.png'), PNG);
  await writeFile(join(site, 'lessons/02-sigmoid.md'), MARKDOWN_LESSON);
  await writeFile(join(site, 'lessons/03-reading-a-csv.ipynb'), NOTEBOOK_LESSON);
  await writeFile(join(site, 'lessons/points.csv'), 'x,y\n1,2\n');
}

const gradbook = (...args) => spawnSync(process.execPath, [GRADBOOK, ...args], { encoding: 'utf8' });
const sha256 = async (path) => createHash('sha256').update(await readFile(path)).digest('base64');
const snapshot = async (site) => Object.fromEntries(await Promise.all((await readdir(site, { recursive: true }))
  .sort().map(async (path) => [path, await readFile(join(site, path), 'utf8').catch(() => 'a folder')])));

test('lists dropped .md and .ipynb lessons in the course index, in filename order, with the files beside them', async (t) => {
  const site = await builtSite(t);
  await dropLessons(site);
  const { status, stdout, stderr } = gradbook('lessons', site);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /hold 3 lessons/);
  assert.deepEqual(JSON.parse(await readFile(join(site, 'lessons/index.json'), 'utf8')), {
    lessons: [
      { file: '01-tensors.md', title: 'Tensors' },
      { file: '02-sigmoid.md', title: 'Sigmoid' },
      { file: '03-reading-a-csv.ipynb', title: 'Reading a CSV' },
    ],
    files: { 'img/sigmoid.png': PNG.length, 'points.csv': 8 },
  });
});

test('the service worker keeps the dropped lessons, their pictures and data and the new index offline, with their hashes', async (t) => {
  const site = await builtSite(t);
  const before = await readOfflineList(site);
  await dropLessons(site);
  assert.equal(gradbook('lessons', site).status, 0);
  const after = await readOfflineList(site);
  for (const path of ['lessons/02-sigmoid.md', 'lessons/03-reading-a-csv.ipynb', 'lessons/img/sigmoid.png', 'lessons/points.csv', 'lessons/index.json', 'index.html']) {
    assert.equal(after.files[path], await sha256(join(site, path)), path);
  }
  assert.ok(!Object.keys(after.files).some((path) => path.startsWith('single/')), 'single files are not browsed');
  assert.notEqual(after.version, before.version, 'browsers must install the new worker');
  assert.match(await readFile(join(site, 'sw.js'), 'utf8'), /\nimportScripts\("assets\/offline-0123456789\.js"\);\n$/);
});

test("the dropped lessons get single files from the site's own, with their pictures inlined", async (t) => {
  const site = await builtSite(t);
  await dropLessons(site);
  await writeFile(join(site, 'single/00-removed.html'), singleFile({ name: '00-removed.md', text: '# Removed\n', images: {} }));
  const { status, stdout } = gradbook('lessons', site);
  assert.equal(status, 0);
  assert.match(stdout, /single\/ holds the single file of each/);
  assert.deepEqual(await readdir(join(site, 'single')), ['01-tensors.html', '02-sigmoid.html', '03-reading-a-csv.html']);
  assert.equal(await readFile(join(site, 'single/02-sigmoid.html'), 'utf8'), singleFile({
    name: '02-sigmoid.md',
    text: MARKDOWN_LESSON,
    images: { 'img/sigmoid.png': `data:image/png;base64,${PNG.toString('base64')}` },
    recorded: null,
  }));
  assert.equal(await readFile(join(site, 'single/03-reading-a-csv.html'), 'utf8'), singleFile({ name: '03-reading-a-csv.ipynb', text: NOTEBOOK_LESSON, images: {}, recorded: null }));
});

test("the recorded outputs the build wrote beside a lesson stay its own; a dropped lesson has none, and Python sees neither", async (t) => {
  const site = await builtSite(t);
  const recorded = [[{ kind: 'stream', name: 'stdout', text: 'tensor([1., 1.])\n' }]];
  await writeFile(join(site, 'lessons/01-tensors.md.recorded.json'), JSON.stringify(recorded) + '\n');
  await dropLessons(site);
  assert.equal(gradbook('lessons', site).status, 0);
  const index = JSON.parse(await readFile(join(site, 'lessons/index.json'), 'utf8'));
  assert.deepEqual(index.lessons.slice(0, 2), [
    { file: '01-tensors.md', title: 'Tensors', recorded: '01-tensors.md.recorded.json' },
    { file: '02-sigmoid.md', title: 'Sigmoid' },
  ]);
  assert.deepEqual(index.files, { 'img/sigmoid.png': PNG.length, 'points.csv': 8 });
  assert.equal(await readFile(join(site, 'single/01-tensors.html'), 'utf8'), singleFile({ name: '01-tensors.md', text: FIRST_LESSON, images: {}, recorded }));
});

test('the lessons folder names the site as well, and running twice changes nothing', async (t) => {
  const site = await builtSite(t);
  await dropLessons(site);
  assert.equal(gradbook('lessons', join(site, 'lessons')).status, 0);
  const once = await snapshot(site);
  assert.equal(gradbook('lessons', site).status, 0);
  assert.deepEqual(await snapshot(site), once);
});

test('a lesson that cannot be read is named with its reason, and nothing is written', async (t) => {
  const site = await builtSite(t);
  await dropLessons(site);
  await writeFile(join(site, 'lessons/04-broken.ipynb'), '{"cells": [');
  await writeFile(join(site, 'lessons/05-bad cell.ipynb'), JSON.stringify({ nbformat: 4, cells: [{ cell_type: 'code', source: 7 }] }));
  const before = await snapshot(site);
  const { status, stdout, stderr } = gradbook('lessons', site);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /^gradbook: these lessons cannot be read:\n/);
  assert.match(stderr, /\n {2}\S*lessons\/04-broken\.ipynb: .+\n/);
  assert.match(stderr, /\n {2}\S*lessons\/05-bad cell\.ipynb: .+\n/);
  assert.deepEqual(await snapshot(site), before);
});

test('a lesson named so that ?lesson= cannot open it is refused by name', async (t) => {
  const site = await builtSite(t);
  await writeFile(join(site, 'lessons/#1 intro.md'), '# Intro\n');
  const { status, stderr } = gradbook('lessons', site);
  assert.equal(status, 1);
  assert.match(stderr, /lessons\/#1 intro\.md: “#1 intro\.md” is not the name of a lesson/);
});

test('a folder that is not a built site is refused, and so is a missing argument', async (t) => {
  const folder = await mkdtemp(join(tmpdir(), 'gradbook-not-a-site-'));
  t.after(() => rm(folder, { recursive: true, force: true }));
  await cp(join(ROOT, 'web/lessons/01-gradients-and-backpropagation.md'), join(folder, 'lesson.md'));
  const refused = gradbook('lessons', folder);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /is not a built Gradbook site: name the folder that holds index\.html, sw\.js and lessons\//);
  assert.deepEqual(await readdir(folder), ['lesson.md']);
  const bare = gradbook('lessons');
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /gradbook lessons DIR/);
});

test('npx gradbook lessons runs the same command', async (t) => {
  const site = await builtSite(t);
  await dropLessons(site);
  execFileSync('npx', ['--offline', '--no-install', 'gradbook', 'lessons', site], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(JSON.parse(await readFile(join(site, 'lessons/index.json'), 'utf8')).lessons.length, 3);
});
