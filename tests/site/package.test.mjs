// The npm package a course site installs: `npm pack` takes the built site (the JS API, its
// types, the embed script, the runtime and the lessons) and nothing Node-only or per-lesson.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
const files = packed.files.map((file) => file.path);

test('the package holds the JS API, its types, the embed script and the iframe page', () => {
  for (const name of ['dist/gradbook.js', 'dist/gradbook.d.ts', 'dist/gradbook-embed.js', 'dist/embed.html', 'dist/index.html']) {
    assert.ok(files.includes(name), `${name} is not packed`);
  }
});

test('the package holds every file the stable entry points import', () => {
  for (const entry of ['dist/gradbook.js', 'dist/gradbook-embed.js']) {
    const imported = readFileSync(join(ROOT, entry), 'utf8').match(/'\.\/(assets\/[^']+)'/)[1];
    assert.ok(files.includes(`dist/${imported}`), `${entry} imports ${imported}, which is not packed`);
  }
});

test('the package holds the runtime: worker, engine wasm, Python packages, Pyodide and its standard library', () => {
  for (const pattern of [/^dist\/assets\/worker-.*\.js$/, /^dist\/assets\/gradbook-.*\.wasm$/, /^dist\/assets\/python-.*\.json$/, /^dist\/pyodide\/[^/]+\/python_stdlib\.zip$/, /^dist\/lessons\/index\.json$/]) {
    assert.ok(files.some((file) => pattern.test(file)), `nothing packed matches ${pattern}`);
  }
});

test('the package leaves out the Node-only engine copy and the single-file lessons', () => {
  assert.deepEqual(files.filter((file) => /^dist\/(engine|single)\//.test(file)), []);
});

test("the package's exports point at the packed API and types", () => {
  assert.equal(manifest.private, undefined, 'a private package cannot be published');
  const api = manifest.exports['.'];
  for (const path of [api.default, api.types, manifest.exports['./embed']]) assert.ok(files.includes(path.replace(/^\.\//, '')), path);
});

// One course site with the packed tarball installed, shared by the tests that use it (packing
// the site's tens of megabytes takes a while).
let installed = null;
after(() => installed && rmSync(installed, { recursive: true, force: true }));
function courseSite() {
  if (installed) return installed;
  const site = mkdtempSync(join(tmpdir(), 'gradbook-course-site-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', site], { cwd: ROOT, encoding: 'utf8' }));
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'course-site', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(site, filename)], { cwd: site, encoding: 'utf8' });
  installed = site;
  return site;
}

test('a course site installs the packed tarball and resolves the API, its types and the embed script', () => {
  const site = courseSite();
  const resolve = (specifier) => execFileSync('node', ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], { cwd: site, encoding: 'utf8' }).trim();
  assert.match(resolve('gradbook'), /\/node_modules\/gradbook\/dist\/gradbook\.js$/);
  assert.match(resolve('gradbook/embed'), /\/node_modules\/gradbook\/dist\/gradbook-embed\.js$/);
  const installed = JSON.parse(readFileSync(join(site, 'node_modules/gradbook/package.json'), 'utf8'));
  assert.equal(readFileSync(join(site, 'node_modules/gradbook', installed.types), 'utf8'), readFileSync(join(ROOT, 'dist/gradbook.d.ts'), 'utf8'));
});

test('`npx gradbook lessons` from the installed package lists a lesson dropped into a built site, with Node alone', () => {
  const site = courseSite();
  // The installed package's dist/ is a built site; the command needs none of the repository.
  const built = join(site, 'node_modules/gradbook/dist');
  writeFileSync(join(built, 'lessons/99-a-dropped-lesson.md'), '# A dropped lesson\n\n```python\nprint(1)\n```\n');
  const npx = (...args) => spawnSync('npx', ['--no-install', 'gradbook', ...args], { cwd: site, encoding: 'utf8' });
  const { status, stdout, stderr } = npx('lessons', built);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /99-a-dropped-lesson\.md {2}A dropped lesson/);
  const index = JSON.parse(readFileSync(join(built, 'lessons/index.json'), 'utf8'));
  assert.deepEqual(index.lessons.at(-1), { file: '99-a-dropped-lesson.md', title: 'A dropped lesson' });
  assert.match(readFileSync(join(built, 'sw.js'), 'utf8'), /"lessons\/99-a-dropped-lesson\.md":/);
});

test('`gradbook run` from the installed package says it needs the repository', () => {
  const { status, stderr } = spawnSync('npx', ['--no-install', 'gradbook', 'run', 'lesson.py'], { cwd: courseSite(), encoding: 'utf8' });
  assert.equal(status, 2);
  assert.match(stderr, /gradbook run works in a checkout of Gradbook's repository/);
});

test('the package ships `gradbook lessons` as one bundle that imports only Node', () => {
  assert.ok(files.includes('bin/gradbook.mjs'));
  assert.ok(files.includes('dist/cli/update-lessons.mjs'));
  const bundle = readFileSync(join(ROOT, 'dist/cli/update-lessons.mjs'), 'utf8');
  const imported = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
  assert.deepEqual(imported.filter((name) => !name.startsWith('node:')), []);
});
