// The app build: what lands in dist/, the generated course index, KaTeX's fonts cut down to woff2,
// and that building twice gives the same result.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../scripts/build-app.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dist;
before(async () => {
  dist = await mkdtemp(join(tmpdir(), 'gradbook-dist-'));
});
after(() => rm(dist, { recursive: true, force: true }));

async function listing(dir) {
  return (await readdir(dir, { recursive: true })).sort();
}

test('bundles the app beside index.html and the lessons', async () => {
  await writeFile(join(dist, 'worker.js'), '// put here by another build step');
  await buildApp({ root: ROOT, dist });
  const files = await listing(dist);
  for (const name of ['app.js', 'app.css', 'index.html', 'lessons/index.json', 'lessons/01-gradients-and-backpropagation.md', 'worker.js']) {
    assert.ok(files.includes(name), `${name} is missing from ${files.join(', ')}`);
  }
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  assert.match(html, /src="app\.js"/);
  assert.doesNotMatch(html, /(src|href)="\//, 'every URL in the page must be relative');
});

test('lists the lessons in filename order with their titles', async () => {
  const index = JSON.parse(await readFile(join(dist, 'lessons/index.json'), 'utf8'));
  const files = (await readdir(join(ROOT, 'web/lessons'))).filter((name) => name.endsWith('.md')).sort();
  assert.deepEqual(index.lessons.map((lesson) => lesson.file), files);
  assert.deepEqual(index.lessons[0], { file: '01-gradients-and-backpropagation.md', title: 'Gradients and backpropagation' });
});

test("ships only KaTeX's woff2 fonts, and the CSS points at them", async () => {
  const fonts = await readdir(join(dist, 'fonts'));
  assert.ok(fonts.length > 0);
  assert.ok(fonts.every((name) => name.endsWith('.woff2')), fonts.join(', '));
  const css = await readFile(join(dist, 'app.css'), 'utf8');
  const urls = [...css.matchAll(/url\("?([^")]+)"?\)/g)].map((match) => match[1]);
  assert.ok(urls.length > 0);
  for (const url of urls) assert.ok(fonts.includes(url.replace('./fonts/', '')), `${url} is not in dist/fonts`);
});

test('building again gives the same files and drops stale ones', async () => {
  const before = await listing(dist);
  await writeFile(join(dist, 'lessons/removed-lesson.md'), '# Gone');
  await buildApp({ root: ROOT, dist });
  assert.deepEqual(await listing(dist), before);
});
