// Python programs whose stdout is recorded from PyTorch 1.13 into a .out beside each .py
// (the conformance cases, the corpus of real programs): finding them, recording them with
// real PyTorch, and running them all through our headless runner in one batch.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const PYTHON = '/usr/bin/python3';

/** Every .py file under dir, sorted, so the batch order (and each test's name) is stable. */
export function pythonPrograms(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? pythonPrograms(join(dir, e.name)) : e.name.endsWith('.py') ? [join(dir, e.name)] : []))
    .sort();
}

export const expectedOutput = (file) => readFileSync(file.replace(/\.py$/, '.out'), 'utf8');

/**
 * What Debian's python3-torch prints for file. cwd defaults to a fresh temporary folder, so
 * a program that saves a checkpoint leaves nothing in the repository. Throws if it fails.
 */
export function recordWithPyTorch(file, cwd = null) {
  const scratch = cwd ?? mkdtempSync(join(tmpdir(), 'gradbook-record-'));
  try {
    return execFileSync(PYTHON, [file], { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  } finally {
    if (!cwd) rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Runs every file through bin/gradbook.mjs in one Pyodide (each in a fresh namespace and torch
 * state) and returns, per file, its stdout and the traceback of its uncaught error (or null).
 */
export function runWithGradbook(files) {
  const outdir = mkdtempSync(join(tmpdir(), 'gradbook-batch-'));
  try {
    execFileSync('node', [join(root, 'bin/gradbook.mjs'), 'run', '--outdir', outdir, ...files], { stdio: 'inherit' });
    return files.map((_, i) => {
      const err = join(outdir, `${i + 1}.err`);
      return { stdout: readFileSync(join(outdir, `${i + 1}.out`), 'utf8'), error: existsSync(err) ? readFileSync(err, 'utf8') : null };
    });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** A program's name in test output: its path under dir without .py. */
export const programName = (dir, file) => file.slice(dir.length + 1).replace(/\.py$/, '');

/**
 * A scratch folder for recording programs that read datasets with root="data": real torchvision
 * looks in data/FashionMNIST/raw/ for the uncompressed files its download leaves there, so the
 * folder holds exactly that, unpacked from Debian's files. { folder, remove() }.
 */
export function unpackedDatasets() {
  const FASHION_MNIST = '/usr/share/datasets/fashion-mnist';
  const folder = mkdtempSync(join(tmpdir(), 'gradbook-datasets-'));
  const raw = join(folder, 'data/FashionMNIST/raw');
  mkdirSync(raw, { recursive: true });
  for (const file of readdirSync(FASHION_MNIST).filter((name) => name.endsWith('.gz'))) {
    writeFileSync(join(raw, basename(file, '.gz')), gunzipSync(readFileSync(join(FASHION_MNIST, file))));
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
