// The npm package a course site installs: `npm pack` takes the built site (the JS API, its
// types, the embed script, the runtime and the lessons) and nothing Node-only or per-lesson.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
