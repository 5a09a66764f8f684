// The Python runtime, the same in a browser worker and in Node: Pyodide with the engine
// registered as the `_gradbook_engine` module, our Python packages on sys.path, and a
// kernel that runs cells in one namespace.
import { startPyodide } from './python-snapshot.mjs';

const PACKAGE_ROOT = '/lib/gradbook';

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
 * @param {object} [o.pythonImages]      where to keep a started interpreter's image for a faster
 *        next start (python-snapshot.mjs `cachedImages()`), or none
 */
export async function startRuntime({
  loadPyodide, pyodideOptions, engine, pythonFiles, write, display = () => {}, traceBackward = false, pythonImages = null,
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
  }
  py.registerJsModule('_gradbook_engine', engine.ops);
  // Bundles cross as JSON text: plain data, no proxies to free.
  py.registerJsModule('_gradbook_host', { display: (json) => display(JSON.parse(json)) });
  py.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(PACKAGE_ROOT)}); import torch`);
  const kernel = py.pyimport('gradbook_kernel').Kernel(traceBackward);
  const resetTorch = py.pyimport('torch')._reset_state;

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
    /** From now on, writing 2 into `buffer[0]` raises KeyboardInterrupt in the running cell. */
    setInterruptBuffer(buffer) {
      py.setInterruptBuffer(buffer);
    },
    liveTensors: () => engine.liveTensors(),
  };
}
