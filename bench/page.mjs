// The benchmark in a browser page: bench/run.mjs serves the checkout's root, opens this page in
// headless Chromium and collects window.benchmark's rows.
import { loadEngine } from '../dist/engine/engine.mjs';
import { startRuntime } from '../web/runtime/runtime.mjs';
import { loadPyodide } from '../node_modules/pyodide/pyodide.mjs';
import { tf, setWasmPaths } from '../build/bench/tfjs.mjs';
import { embindW4, gradbookEngine, pythonW4, runAll, tfjsEngine } from './workloads.mjs';

const log = (row) => (document.getElementById('log').textContent += JSON.stringify(row) + '\n');

/** pythonFiles: the Python packages (web/runtime/node.mjs readPythonFiles), for W4 */
window.benchmark = async function benchmark({ only, pythonFiles } = {}) {
  const rows = [];
  const gb = await loadEngine();
  rows.push(...runAll([gradbookEngine(gb)], { env: 'chromium', log, only }));
  if (!only || only.includes('W4')) {
    rows.push(embindW4(gb, 'chromium'));
    log(rows.at(-1));
  }
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(new URL('../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url).href);
  for (const backend of ['wasm', 'cpu']) {
    await tf.setBackend(backend);
    await tf.ready();
    rows.push(...runAll([tfjsEngine(tf, `tfjs-${backend}`)], { env: 'chromium', log, only }));
  }
  if (!only || only.includes('W4')) {
    const runtime = await startRuntime({
      loadPyodide, pyodideOptions: { indexURL: new URL('../node_modules/pyodide/', import.meta.url).href },
      engine: await loadEngine(), pythonFiles, write: () => {},
    });
    const source = await (await fetch('./python-w4.py')).text();
    rows.push(pythonW4((code) => runtime.pyodide.runPython(code), source, 'chromium'));
    log(rows.at(-1));
  }
  return rows;
};
