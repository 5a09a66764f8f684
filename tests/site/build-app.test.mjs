// The site build: what lands in dist/ and under which names, the generated course index, KaTeX's
// fonts cut down to woff2, and that building twice gives the same result.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../scripts/build-app.mjs';
import { lessonRecordings } from '../../scripts/lesson-recordings.mjs';
import { readOfflineList } from '../../scripts/offline-list.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE = join(ROOT, 'dist/engine'); // built by `npm run build`
const build = () => buildApp({ root: ROOT, dist, engineDir: ENGINE });
let dist;
before(async () => {
  dist = await mkdtemp(join(tmpdir(), 'gradbook-dist-'));
});
after(() => rm(dist, { recursive: true, force: true }));

async function listing(dir) {
  return (await readdir(dir, { recursive: true })).sort();
}

test('index.html loads the hashed app bundle by relative URLs', async () => {
  await build();
  const files = await listing(dist);
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]).filter((url) => !url.startsWith('data:'));
  assert.deepEqual(urls.filter((url) => url !== './').map((url) => url.replace(/-\w+\./, '-#.')), ['assets/app-#.css', 'assets/app-#.js']);
  for (const url of urls.filter((url) => url !== './')) assert.ok(files.includes(url), `${url} is not in dist/`);
});

test('names every runtime file by its content, and Pyodide by its version', async () => {
  const files = await listing(dist);
  for (const pattern of [/^assets\/worker-\w+\.js$/, /^assets\/gradbook-[0-9a-f]{10}\.wasm$/, /^assets\/python-[0-9a-f]{10}\.json$/, /^pyodide\/\d+\.\d+\.\d+\/python_stdlib\.zip$/]) {
    assert.ok(files.some((file) => pattern.test(file)), `nothing matches ${pattern}`);
  }
});

test('puts the embed script and the JS API at stable URLs that import the hashed code', async () => {
  const files = await listing(dist);
  assert.match(await readFile(join(dist, 'gradbook-embed.js'), 'utf8'), /^import '\.\/assets\/gradbook-embed-\w+\.js';\n$/);
  assert.match(await readFile(join(dist, 'gradbook.js'), 'utf8'), /^export \* from '\.\/assets\/gradbook-\w+\.js';\n$/);
  for (const name of ['gradbook.d.ts', 'embed.html']) assert.ok(files.includes(name), name);
  assert.match(await readFile(join(dist, 'embed.html'), 'utf8'), /src="assets\/embed-page-\w+\.js"/);
});

// Not the site's, so never kept offline: the single-file lessons (downloaded to be opened from
// disk, not browsed) and `gradbook lessons`' code for Node.
const notBrowsed = (file) => file.startsWith('single/') || file.startsWith('cli/');

test("the service worker's offline list names every file of the site but itself, the single-file lessons and gradbook lessons' code", async () => {
  const sw = await readFile(join(dist, 'sw.js'), 'utf8');
  const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .filter((file) => file !== 'sw.js');
  for (const file of files) {
    const kept = !notBrowsed(file);
    assert.equal(sw.includes(JSON.stringify(file)), kept, `${file} is ${kept ? 'not ' : ''}kept offline`);
  }
});

test('the service worker carries the SHA-256 of each file it keeps, taken from the bytes in dist/', async () => {
  const sw = await readFile(join(dist, 'sw.js'), 'utf8');
  const kept = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .filter((file) => file !== 'sw.js' && !notBrowsed(file));
  for (const file of kept) {
    const hash = createHash('sha256').update(await readFile(join(dist, file))).digest('base64');
    assert.ok(sw.includes(`${JSON.stringify(file)}:${JSON.stringify(hash)}`), `${file} is kept with another hash`);
  }
});

test('ships the lessons beside the pages', async () => {
  const files = await listing(dist);
  for (const name of ['lessons/index.json', 'lessons/01-gradients-and-backpropagation.md']) assert.ok(files.includes(name), name);
});

test('lists the lessons in filename order with their titles, descriptions and recorded outputs', async () => {
  const index = JSON.parse(await readFile(join(dist, 'lessons/index.json'), 'utf8'));
  const files = (await readdir(join(ROOT, 'web/lessons'))).filter((name) => name.endsWith('.md')).sort();
  assert.deepEqual(index.lessons.map((lesson) => lesson.file), files);
  assert.deepEqual(index.lessons[0], {
    file: '01-gradients-and-backpropagation.md',
    title: 'Gradients and backpropagation',
    description: 'What a gradient is, how backward() finds one, and the graph and chain rule behind it.',
    exercises: ['power-rule'],
    recorded: '01-gradients-and-backpropagation.md.recorded.json',
  });
});

test("ships each lesson with its exercises' solutions and checks encoded, and its prose as written", async () => {
  const source = await readFile(join(ROOT, 'web/lessons/01-gradients-and-backpropagation.md'), 'utf8');
  const shipped = await readFile(join(dist, 'lessons/01-gradients-and-backpropagation.md'), 'utf8');
  assert.match(source, /gradbook\.check_grad\("x_grad"/);
  assert.doesNotMatch(shipped, /check_grad|x_check|16\.0, 31\.0/);
  assert.ok(shipped.startsWith(source.slice(0, source.indexOf('```python exercise'))), 'everything before the exercise is as written');
  for (const name of (await readdir(join(ROOT, 'web/lessons'))).filter((file) => file.endsWith('.md'))) {
    const text = await readFile(join(ROOT, 'web/lessons', name), 'utf8');
    if (!/^```python exercise/m.test(text)) assert.equal(await readFile(join(dist, 'lessons', name), 'utf8'), text, `${name} ships as written`);
  }
});

test("ships each lesson's recorded outputs beside it: what PyTorch printed in each code cell", async () => {
  const shipped = JSON.parse(await readFile(join(dist, 'lessons/01-gradients-and-backpropagation.md.recorded.json'), 'utf8'));
  const recording = JSON.parse(await readFile(join(ROOT, 'tests/lessons/01-gradients-and-backpropagation.json'), 'utf8'));
  assert.equal(shipped.length, recording.length);
  assert.deepEqual(shipped[1], [{ kind: 'stream', name: 'stdout', text: recording[1].stdout }]);
  const index = JSON.parse(await readFile(join(dist, 'lessons/index.json'), 'utf8'));
  assert.ok(!('01-gradients-and-backpropagation.md.recorded.json' in index.files), 'Python does not see them as files beside the lesson');
});

test("an exercise's recorded output, its solution's, is not shipped: it is the answer", async () => {
  const lessons = await mkdtemp(join(tmpdir(), 'gradbook-lessons-'));
  const recordings = await mkdtemp(join(tmpdir(), 'gradbook-recordings-'));
  try {
    await writeFile(join(lessons, 'a-lesson.md'), '# A lesson\n\n```python\nx = 3\nprint(x)\n```\n\n'
      + '```python exercise=square\nprint(...)  # x squared\n```\n\n```python solution\nprint(x * x)\n```\n');
    await writeFile(join(recordings, 'a-lesson.json'), JSON.stringify([
      { stdout: '3\n', result: null, picture: false, stderr: false },
      { stdout: '9\n', result: null, picture: false, stderr: false, verdict: '✓ correct' },
    ]));
    assert.deepEqual(await lessonRecordings(lessons, ['a-lesson.md'], recordings), {
      'a-lesson.md': [[{ kind: 'stream', name: 'stdout', text: '3\n' }], []],
    });
  } finally {
    await Promise.all([lessons, recordings].map((dir) => rm(dir, { recursive: true, force: true })));
  }
});

test('a recording of another version of its lesson fails the build, naming the command that records it again', async () => {
  const lessons = await mkdtemp(join(tmpdir(), 'gradbook-lessons-'));
  const recordings = await mkdtemp(join(tmpdir(), 'gradbook-recordings-'));
  const other = await mkdtemp(join(tmpdir(), 'gradbook-dist-'));
  try {
    await writeFile(join(lessons, 'a-lesson.md'), '# A lesson\n\n```python\nprint(1)\n```\n\n```python\nprint(2)\n```\n');
    await writeFile(join(recordings, 'a-lesson.json'), JSON.stringify([{ stdout: '1\n', result: null, picture: false, stderr: false }]));
    await assert.rejects(buildApp({ root: ROOT, dist: other, engineDir: ENGINE, lessons, recordings }),
      /a-lesson\.json records 1 code cells but a-lesson\.md has 2: record it again with node scripts\/record-lessons\.mjs a-lesson\.md/);
  } finally {
    await Promise.all([lessons, recordings, other].map((dir) => rm(dir, { recursive: true, force: true })));
  }
});

test("lists the lessons folder's other files, with their sizes, as the files beside each lesson", async () => {
  const lessons = await mkdtemp(join(tmpdir(), 'gradbook-lessons-'));
  const other = await mkdtemp(join(tmpdir(), 'gradbook-dist-'));
  try {
    await writeFile(join(lessons, 'a-lesson.md'), '# A lesson\n');
    await writeFile(join(lessons, 'data.csv'), 'x,y\n1,2\n');
    await mkdir(join(lessons, 'weights'));
    await writeFile(join(lessons, 'weights', 'w.txt'), '0.5');
    await writeFile(join(lessons, '.hidden'), 'not for lessons');
    await buildApp({ root: ROOT, dist: other, engineDir: ENGINE, lessons });
    const index = JSON.parse(await readFile(join(other, 'lessons/index.json'), 'utf8'));
    assert.deepEqual(index.lessons, [{ file: 'a-lesson.md', title: 'A lesson' }]);
    assert.deepEqual(index.files, { 'data.csv': 8, 'weights/w.txt': 3 });
  } finally {
    await Promise.all([lessons, other].map((dir) => rm(dir, { recursive: true, force: true })));
  }
});

test('copies Fashion-MNIST from Debian into datasets/, listed with the sizes Python sees', async () => {
  const index = JSON.parse(await readFile(join(dist, 'datasets/index.json'), 'utf8'));
  const names = ['t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz', 'train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz'];
  assert.deepEqual(Object.keys(index.files), names.map((name) => `fashion-mnist/${name}`));
  for (const name of names) {
    const copied = await readFile(join(dist, 'datasets/fashion-mnist', name));
    assert.deepEqual(copied, await readFile(join('/usr/share/datasets/fashion-mnist', name)));
    assert.equal(index.files[`fashion-mnist/${name}`], copied.length);
  }
});

test('the service worker copies the datasets only when used, and every other file on the first visit', async () => {
  const { onUse, files: onFirstVisit } = await readOfflineList(dist);
  assert.deepEqual(Object.keys(onUse), Object.keys(JSON.parse(await readFile(join(dist, 'datasets/index.json'), 'utf8')).files)
    .map((path) => `datasets/${path}`));
  assert.ok('datasets/index.json' in onFirstVisit, 'the listing itself is needed to start Python offline');
  assert.ok('lessons/index.json' in onFirstVisit);
  assert.ok(!Object.keys(onFirstVisit).some((path) => path.startsWith('datasets/fashion-mnist/')));
});

test("ships only KaTeX's woff2 fonts, and the CSS points at them", async () => {
  const assets = await readdir(join(dist, 'assets'));
  const fonts = assets.filter((name) => name.startsWith('KaTeX_'));
  assert.ok(fonts.length > 0);
  assert.ok(fonts.every((name) => name.endsWith('.woff2')), fonts.join(', '));
  const css = await readFile(join(dist, 'assets', assets.find((name) => /^app-.*\.css$/.test(name))), 'utf8');
  const urls = [...css.matchAll(/url\("?([^")]+)"?\)/g)].map((match) => match[1]).filter((url) => !url.startsWith('data:'));
  assert.ok(urls.length > 0);
  for (const url of urls) assert.ok(fonts.includes(url.replace('./', '')), `${url} is not in dist/assets`);
});

test('building again gives the same files and drops stale ones', async () => {
  const before = await listing(dist);
  await writeFile(join(dist, 'lessons/removed-lesson.md'), '# Gone');
  await build();
  assert.deepEqual(await listing(dist), before);
});
