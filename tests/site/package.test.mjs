// The npm package a course site installs: `npm pack` takes the built site (the JS API, its
// types, the embed script, the runtime and the lessons) and nothing Node-only or per-lesson.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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

test('a course site installs the packed tarball and resolves the API, its types and the embed script', (t) => {
  const site = mkdtempSync(join(tmpdir(), 'gradbook-course-site-'));
  t.after(() => rmSync(site, { recursive: true, force: true }));
  const npm = (...args) => execFileSync('npm', args, { cwd: site, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', site], { cwd: ROOT, encoding: 'utf8' }));
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'course-site', private: true, type: 'module' }));
  npm('install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(site, filename));
  const resolve = (specifier) => execFileSync('node', ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], { cwd: site, encoding: 'utf8' }).trim();
  assert.match(resolve('gradbook'), /\/node_modules\/gradbook\/dist\/gradbook\.js$/);
  assert.match(resolve('gradbook/embed'), /\/node_modules\/gradbook\/dist\/gradbook-embed\.js$/);
  const installed = JSON.parse(readFileSync(join(site, 'node_modules/gradbook/package.json'), 'utf8'));
  assert.equal(readFileSync(join(site, 'node_modules/gradbook', installed.types), 'utf8'), readFileSync(join(ROOT, 'dist/gradbook.d.ts'), 'utf8'));
});
