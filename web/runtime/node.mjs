// Starts the runtime in Node: Pyodide from node_modules, the engine from the built dist/,
// the Python packages straight from web/python. It also runs under Node's permission model
// (the runner's sandbox), where Python is told plainly what it may not do.
import { constants as fsConstants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { DEBIAN_DATASETS, SHIPPED_DATASETS, filesUnder, installedDatasets } from './datasets.mjs';
import { startRuntime } from './runtime.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pyodideEntry = fileURLToPath(import.meta.resolve('pyodide'));

/** The folders (and files) the runtime reads its code and data from. */
export function runtimeFolders() {
  // Pyodide imports `ws` in Node; its entry file sits at the top of its package.
  const ws = dirname(createRequire(pyodideEntry).resolve('ws'));
  const datasets = Object.keys(SHIPPED_DATASETS).map((name) => join(DEBIAN_DATASETS, name)).filter(existsSync);
  const libraries = LIBRARIES.flatMap(({ dir, licence }) => [dir, licence]);
  return [join(root, 'web'), join(root, 'dist/engine'), dirname(pyodideEntry), ws, ...datasets, ...libraries];
}

/** Reads files under `dir` for the runtime's lazy files. */
const readUnder = (dir) => (path) => readFileSync(join(dir, path));

/** Shows Python the files in `dir` (a lesson's folder on disk) in its working folder. */
export function showFolder(runtime, dir) {
  runtime.showLessonFiles(filesUnder(dir), readUnder(dir));
}

// Pure-Python libraries that lessons import, shipped beside our packages unchanged, as Debian
// installs them (scripts/setup.mjs installs the Debian packages), each with its licence.
const LIBRARIES = [
  { name: 'tqdm', dir: '/usr/lib/python3/dist-packages/tqdm', licence: '/usr/share/doc/python3-tqdm/copyright' },
];

/**
 * The Python files the runtime puts on sys.path, path → source: our packages (web/python) and
 * the bundled libraries, each library's licence as <name>/LICENCE.
 */
export function readPythonFiles() {
  const files = pyFilesUnder(join(root, 'web/python'));
  for (const { name, dir, licence } of LIBRARIES) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run setup\` (it installs Debian's python3-${name})`);
    for (const [path, source] of Object.entries(pyFilesUnder(dir))) files[join(name, path)] = source;
    files[join(name, 'LICENCE')] = readFileSync(licence, 'utf8');
  }
  return files;
}

function pyFilesUnder(dir) {
  const files = {};
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') walk(path);
      } else if (entry.name.endsWith('.py')) {
        files[relative(dir, path)] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(dir);
  return files;
}

/** Options as for startRuntime: write, and optionally display and traceBackward. */
export async function startNodeRuntime({ write, display, traceBackward }) {
  const enginePath = join(root, 'dist/engine/engine.mjs');
  if (!existsSync(enginePath)) throw new Error(`${enginePath} is missing: run \`npm run build\` first`);
  const [{ loadPyodide }, { loadEngine }] = await Promise.all([import('pyodide'), import(enginePath)]);
  const engine = await loadEngine();
  const pyodideOptions = { indexURL: `${dirname(pyodideEntry)}/` };
  const runtime = await withFsConstants(() =>
    startRuntime({
      loadPyodide, pyodideOptions, engine, pythonFiles: readPythonFiles(), write, display, traceBackward,
      datasets: { files: installedDatasets(), read: readUnder(DEBIAN_DATASETS) },
    }));
  if (process.permission && !process.permission.has('child')) {
    runtime.pyodide.runPython(NO_PROGRAMS, { filename: '/lib/gradbook/sandbox.py' });
  }
  return runtime;
}

// Pyodide reads the file-open flags through process.binding('constants'), which the permission
// model forbids; the same numbers are public as fs.constants.
async function withFsConstants(start) {
  if (!process.permission) return start();
  const binding = process.binding;
  process.binding = (name) => (name === 'constants' ? { fs: fsConstants } : binding.call(process, name));
  try {
    return await start();
  } finally {
    process.binding = binding;
  }
}

// Pyodide runs os.system's command through Node; where that is forbidden, Python would die of a
// fatal error. A Python error says it instead (its frame hidden in tracebacks, as our packages'
// are); subprocess already says that processes are unsupported.
const NO_PROGRAMS = `
import os, posix
def system(command):
    raise PermissionError(
        "os.system is not allowed: gradbook run is sandboxed and may not start programs "
        "(run it with --trusted to allow this)")
os.system = posix.system = system
del os, posix, system
`;
