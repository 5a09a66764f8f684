// Records what real PyTorch prints for our conformance cases:
//   node scripts/record-conformance.mjs [CASE.py ...]   (default: every case without a .out)
//   node scripts/record-conformance.mjs --all            (re-record every case)
// Needs Debian's python3-torch (run with /usr/bin/python3). Tests never need PyTorch: they
// compare against the recorded .out files.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { programName, pythonPrograms, recordWithPyTorch, unpackedDatasets } from './python-programs.mjs';

const casesDir = fileURLToPath(new URL('../tests/conformance/cases', import.meta.url));

const args = process.argv.slice(2);
const cases = args.includes('--all') ? pythonPrograms(casesDir)
  : args.length ? args.map((a) => resolve(a))
  : pythonPrograms(casesDir).filter((c) => !existsSync(c.replace(/\.py$/, '.out')));

// The datasets cases read root="data" (see unpackedDatasets in python-programs.mjs).
const readsDatasets = (file) => programName(casesDir, file).startsWith('datasets/');

let datasets = null;
try {
  for (const file of cases) {
    const cwd = readsDatasets(file) ? (datasets ??= unpackedDatasets()).folder : dirname(file);
    writeFileSync(file.replace(/\.py$/, '.out'), recordWithPyTorch(file, cwd));
    console.log(`recorded ${programName(casesDir, file)}`);
  }
} finally {
  datasets?.remove();
}
