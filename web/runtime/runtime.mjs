// The Python runtime, the same in a browser worker and in Node: Pyodide with the engine
// registered as the `_gradbook_engine` module, our Python packages on sys.path, and a
// kernel that runs cells in one namespace.
import { addLazyFiles } from './lazy-files.mjs';
import { useKeptBytecode } from './python-bytecode.mjs';
import { startPyodide } from './python-snapshot.mjs';

const PACKAGE_ROOT = '/lib/gradbook';
/** Python's working folder, where a lesson's files appear (Pyodide's home folder). */
const LESSON_FOLDER = '/home/pyodide';
/** Where the site's datasets appear: the folder Debian installs them in. */
export const DATASETS_FOLDER = '/usr/share/datasets';

/**
 * @param {object} o
 * @param {Function} o.loadPyodide      Pyodide's loader
 * @param {object} o.pyodideOptions     for loadPyodide: indexURL (where pyodide.asm.wasm and the
 *        stdlib live) and any other of its options
 * @param {object} o.engine             the engine's JS API (wasm/engine.mjs `loadEngine()` result)
 * @param {Record<string,string>} o.pythonFiles  path under the package root → source
 * @param {(stream: 'stdout'|'stderr', text: string) => void} o.write
 * @param {(bundle: Record<string, unknown>) => void} [o.display]  rich output published during
 *        a cell (a mime bundle: 'text/plain' and richer forms of the same value)
 * @param {boolean} [o.traceBackward]   keep the gradients of the latest backward pass per edge,
 *        for gradbook.graph and gradbook.explain (the notebook page turns this on)
 * @param {() => void} [o.beforeImport]  called once Python has started, before `import torch`
 * @param {object} [o.pythonImages]      where to keep a started interpreter's image for a faster
 *        next start (python-snapshot.mjs `cachedImages()`), or none
 * @param {object} [o.pythonBytecode]    where to keep our packages' compiled bytecode for the next
 *        start (python-bytecode.mjs `cachedBytecode()`), or none
 * @param {{ files: Record<string, number>, read: (path: string) => Uint8Array }} [o.datasets]
 *        the datasets the site ships (path under DATASETS_FOLDER → size) and how to read one
 * @param {(prompt: string) => { answer: string } | { eof: true } | { interrupted: true } | { unavailable: string }} [o.ask]
 *        answers input() (gradbook/_input.py); without it, input() reads stdin as Pyodide does
 *        (in Node, the process's stdin)
 */
export async function startRuntime({
  loadPyodide, pyodideOptions, engine, pythonFiles, write, display = () => {}, traceBackward = false, pythonImages = null,
  pythonBytecode = null, datasets = null, beforeImport = () => {}, ask = null,
}) {
  const py = await startPyodide({ loadPyodide, options: pyodideOptions, images: pythonImages });
  for (const stream of ['stdout', 'stderr']) {
    const decoder = new TextDecoder();
    const writer = {
      write(bytes) {
        write(stream, decoder.decode(bytes, { stream: true }));
        return bytes.length;
      },
    };
    stream === 'stdout' ? py.setStdout(writer) : py.setStderr(writer);
  }
  for (const [path, source] of Object.entries(pythonFiles)) {
    const full = `${PACKAGE_ROOT}/${path}`;
    py.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    py.FS.writeFile(full, source);
    // One time for every start, so kept bytecode matches its source (see python-bytecode.mjs).
    py.FS.utime(full, 0, 0);
  }
  const bytecode = await useKeptBytecode({ py, store: pythonBytecode, sources: pythonFiles, root: PACKAGE_ROOT });
  if (datasets) addLazyFiles(py.FS, DATASETS_FOLDER, datasets.files, datasets.read);
  py.registerJsModule('_gradbook_engine', engine.ops);
  // Bundles cross as JSON text: plain data, no proxies to free.
  py.registerJsModule('_gradbook_host', {
    display: (json) => display(JSON.parse(json)),
    ask: (prompt) => JSON.stringify(ask(prompt)),
  });
  beforeImport();
  py.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(PACKAGE_ROOT)}); import torch`);
  if (ask) py.runPython('from gradbook import _input; _input.install()');
  const kernel = py.pyimport('gradbook_kernel').Kernel(traceBackward);
  const resetTorch = py.pyimport('torch')._reset_state;
  bytecode.done();

  return {
    pyodide: py,
    engine,
    /**
     * Runs code in the persistent namespace: { ok, result?, error? } (plain data). `result` is
     * the mime bundle of the last expression's value, if it has one.
     */
    run(code, filename) {
      return JSON.parse(kernel.run(code, filename));
    },
    /** A fresh namespace and fresh torch state, as a new interpreter would have. */
    reset() {
      kernel.reset();
      resetTorch();
      py.runPython('import gc; gc.collect()');
    },
    /**
     * Empties Python's working folder and shows the lesson's own files there (path relative to
     * the lesson → size), each read by `read(path)` when a program first reads it, so
     * open('data.csv') and torch.load('weights.pt') find the files beside the lesson.
     */
    showLessonFiles(files, read) {
      py.FS.chdir('/');
      rmTree(py.FS, LESSON_FOLDER);
      py.FS.mkdirTree(LESSON_FOLDER);
      addLazyFiles(py.FS, LESSON_FOLDER, files, read);
      py.FS.chdir(LESSON_FOLDER);
    },
    /** From now on, writing 2 into `buffer[0]` raises KeyboardInterrupt in the running cell. */
    setInterruptBuffer(buffer) {
      py.setInterruptBuffer(buffer);
    },
    liveTensors: () => engine.liveTensors(),
  };
}

function rmTree(FS, path) {
  if (!FS.analyzePath(path).exists) return;
  if (!FS.isDir(FS.lstat(path).mode)) return FS.unlink(path);
  for (const name of FS.readdir(path)) if (name !== '.' && name !== '..') rmTree(FS, `${path}/${name}`);
  FS.rmdir(path);
}
