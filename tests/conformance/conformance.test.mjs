// Our conformance cases: small programs whose expected stdout was recorded from PyTorch 1.13
// (scripts/record-conformance.mjs). All run in one batch through the headless runner; each
// case is a test that compares its output byte for byte.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const casesDir = join(root, 'tests/conformance/cases');

function allCases(dir = casesDir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allCases(join(dir, e.name)) : e.name.endsWith('.py') ? [join(dir, e.name)] : []))
    .sort();
}

const cases = allCases();
const outdir = mkdtempSync(join(tmpdir(), 'gradbook-conformance-'));
execFileSync('node', [join(root, 'bin/gradbook.mjs'), 'run', '--outdir', outdir, ...cases], { stdio: 'inherit' });

cases.forEach((file, i) => {
  test(relative(casesDir, file).replace(/\.py$/, ''), () => {
    const err = join(outdir, `${i + 1}.err`);
    const actual = readFileSync(join(outdir, `${i + 1}.out`), 'utf8');
    const expected = readFileSync(file.replace(/\.py$/, '.out'), 'utf8');
    assert.equal(actual, expected, existsSync(err) ? readFileSync(err, 'utf8') : undefined);
  });
});
