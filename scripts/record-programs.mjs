// Records what real PyTorch prints for the corpus of real programs (tests/programs/):
//   node scripts/record-programs.mjs [PROGRAM.py ...]   (default: every program without a .out)
//   node scripts/record-programs.mjs --all               (re-record every program)
// Each runs with Debian's python3-torch (/usr/bin/python3) in a fresh temporary folder; the
// time PyTorch took is printed as a yardstick for our runner. Tests never need PyTorch.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { programName, pythonPrograms, recordWithPyTorch } from './python-programs.mjs';

const programsDir = fileURLToPath(new URL('../tests/programs', import.meta.url));

const args = process.argv.slice(2);
const programs = args.includes('--all') ? pythonPrograms(programsDir)
  : args.length ? args.map((a) => resolve(a))
  : pythonPrograms(programsDir).filter((p) => !existsSync(p.replace(/\.py$/, '.out')));

for (const file of programs) {
  const started = performance.now();
  writeFileSync(file.replace(/\.py$/, '.out'), recordWithPyTorch(file));
  console.log(`recorded ${programName(programsDir, file)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
