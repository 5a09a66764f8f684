// web/runtime/python-bytecode.mjs: the first start keeps the bytecode `import torch` compiled, the
// next start with the same sources compiles no module's source (neither ours nor, as
// python-snapshot.mjs imports them first, the standard library's); changed sources are compiled
// afresh (and their bytecode kept instead), and damaged kept bytecode is dropped.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';

import { readPythonFiles } from '../../web/runtime/node.mjs';
import { startRuntime } from '../../web/runtime/runtime.mjs';

const { loadEngine } = await import(fileURLToPath(new URL('../../dist/engine/engine.mjs', import.meta.url)));

// Bytecode kept in memory, one entry as in Cache Storage; `saved` resolves on each save.
function memoryStore() {
  const store = {
    key: null,
    bytes: null,
    loads: [],
    saved: null,
    load: async (key) => {
      store.loads.push(key);
      return key === store.key ? store.bytes : null;
    },
    save: async (key, bytes) => {
      Object.assign(store, { key, bytes });
      store.markSaved();
    },
    drop: async () => Object.assign(store, { key: null, bytes: null }),
    expectSave() {
      store.saved = new Promise((resolve) => (store.markSaved = resolve));
    },
  };
  store.expectSave();
  return store;
}

/** Starts the runtime; `compiled` lists the files `import torch` compiled from source. */
async function start(store, pythonFiles = readPythonFiles()) {
  let py;
  let out = '';
  const runtime = await startRuntime({
    loadPyodide: async (options) => (py = await loadPyodide(options)),
    pyodideOptions: {},
    engine: await loadEngine(),
    pythonFiles,
    write: (stream, text) => (out += text),
    pythonBytecode: store,
    // Python reports each compile() (importlib's included) to audit hooks.
    beforeImport: () => py.runPython("import sys; compiled = []; sys.addaudithook(lambda event, args: event == 'compile' and compiled.append(args[1]))"),
  });
  const compiled = py.runPython("[name for name in compiled if str(name).startswith('/')]").toJs();
  assert.equal(runtime.run('import torch\nprint(torch.ones(2) * 3)', '<cell 1>').ok, true);
  assert.equal(out, 'tensor([3., 3.])\n');
  return { compiled, py };
}

test('the first start keeps the bytecode it compiled and the next start compiles no source', async () => {
  const store = memoryStore();
  const first = await start(store);
  assert.ok(first.compiled.includes('/lib/gradbook/torch/__init__.py'));
  await store.saved;
  store.expectSave();
  const second = await start(store);
  assert.deepEqual(second.compiled, []);
  assert.equal(store.loads.at(-1), store.key);
  // Python goes back to not writing bytecode, as Pyodide has it.
  assert.equal(second.py.runPython('import sys; sys.dont_write_bytecode'), true);
});

test('changed sources are compiled afresh and their bytecode replaces what was kept', async () => {
  const store = memoryStore();
  await start(store);
  await store.saved;
  const oldKey = store.key;
  store.expectSave();
  const files = readPythonFiles();
  files[join('torch', '__init__.py')] += '\n# changed\n';
  const changed = await start(store, files);
  assert.ok(changed.compiled.includes('/lib/gradbook/torch/__init__.py'));
  await store.saved;
  assert.notEqual(store.key, oldKey);
});

test('damaged kept bytecode is dropped and Python compiles the sources', async () => {
  const store = memoryStore();
  await start(store);
  await store.saved;
  store.expectSave();
  store.bytes = store.bytes.slice();
  store.bytes[store.bytes.length - 100] ^= 0xff;
  const damaged = await start(store);
  assert.ok(damaged.compiled.includes('/lib/gradbook/torch/__init__.py'));
  await store.saved; // kept afresh
  assert.deepEqual((await start(store)).compiled, []);
});
