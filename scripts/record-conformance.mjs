// Records what real PyTorch prints for our conformance cases:
//   node scripts/record-conformance.mjs [CASE.py ...]   (default: every case without a .out)
//   node scripts/record-conformance.mjs --all            (re-record every case)
// Needs Debian's python3-torch (run with /usr/bin/python3). Tests never need PyTorch: they
// compare against the recorded .out files.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const casesDir = fileURLToPath(new URL('../tests/conformance/cases/', import.meta.url));
const PYTHON = '/usr/bin/python3';

function allCases(dir = casesDir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allCases(join(dir, e.name)) : e.name.endsWith('.py') ? [join(dir, e.name)] : []);
}

const args = process.argv.slice(2);
const cases = args.includes('--all') ? allCases()
  : args.length ? args.map((a) => resolve(a))
  : allCases().filter((c) => !existsSync(c.replace(/\.py$/, '.out')));

for (const file of cases) {
  const stdout = execFileSync(PYTHON, [basename(file)], { cwd: dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  writeFileSync(file.replace(/\.py$/, '.out'), stdout);
  console.log(`recorded ${file.slice(casesDir.length)}`);
}
