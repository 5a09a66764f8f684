// Records what real PyTorch prints for our conformance cases:
//   node scripts/record-conformance.mjs [CASE.py ...]   (default: every case without a .out)
//   node scripts/record-conformance.mjs --all            (re-record every case)
// Needs Debian's python3-torch (run with /usr/bin/python3). Tests never need PyTorch: they
// compare against the recorded .out files.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { programName, pythonPrograms, recordWithPyTorch } from './python-programs.mjs';

const casesDir = fileURLToPath(new URL('../tests/conformance/cases', import.meta.url));

const args = process.argv.slice(2);
const cases = args.includes('--all') ? pythonPrograms(casesDir)
  : args.length ? args.map((a) => resolve(a))
  : pythonPrograms(casesDir).filter((c) => !existsSync(c.replace(/\.py$/, '.out')));

// The datasets cases read root="data", where our runtime finds the site's copy. Real torchvision
// looks in data/FashionMNIST/raw/ for the uncompressed files its download leaves there, so they
// are recorded in a scratch folder holding exactly that, unpacked from Debian's files.
const FASHION_MNIST = '/usr/share/datasets/fashion-mnist';
let datasetsFolder = null;
function datasetsScratch() {
  if (datasetsFolder) return datasetsFolder;
  datasetsFolder = mkdtempSync(join(tmpdir(), 'gradbook-datasets-'));
  const raw = join(datasetsFolder, 'data/FashionMNIST/raw');
  mkdirSync(raw, { recursive: true });
  for (const file of readdirSync(FASHION_MNIST).filter((name) => name.endsWith('.gz'))) {
    writeFileSync(join(raw, basename(file, '.gz')), gunzipSync(readFileSync(join(FASHION_MNIST, file))));
  }
  return datasetsFolder;
}

const readsDatasets = (file) => programName(casesDir, file).startsWith('datasets/');

try {
  for (const file of cases) {
    writeFileSync(file.replace(/\.py$/, '.out'), recordWithPyTorch(file, readsDatasets(file) ? datasetsScratch() : dirname(file)));
    console.log(`recorded ${programName(casesDir, file)}`);
  }
} finally {
  if (datasetsFolder) rmSync(datasetsFolder, { recursive: true, force: true });
}
