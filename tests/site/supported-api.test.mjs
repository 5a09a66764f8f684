// The Python API's list of supported names (docs/python-api.md) is the package's own: a name
// added to (or dropped from) the torch package without updating the list fails here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('docs/python-api.md lists every supported torch name, as the package defines them', () => {
  const report = execFileSync('node', ['scripts/supported-api.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(report.trim(), 'docs/python-api.md lists every supported name');
});
