// web/runtime/python-snapshot.mjs: the first start keeps an interpreter image, the next start
// restores it (and Python works), and an unusable image is dropped for a normal start.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPyodide } from 'pyodide';

import { startPyodide } from '../../web/runtime/python-snapshot.mjs';

// Images kept in memory; `saved` resolves when one has been saved.
function memoryImages(kept = null) {
  let markSaved;
  const saved = new Promise((resolve) => (markSaved = resolve));
  return {
    saved,
    get kept() {
      return kept;
    },
    load: async () => kept,
    save: async (image) => {
      kept = image;
      markSaved();
    },
    drop: async () => {
      kept = null;
    },
  };
}

test('the first start keeps an image and the next start restores it', async () => {
  const images = memoryImages();
  const calls = [];
  const spy = (options) => {
    calls.push(Object.keys(options).filter((k) => k.startsWith('_')));
    return loadPyodide(options);
  };
  await startPyodide({ loadPyodide: spy, images });
  await images.saved;
  const py = await startPyodide({ loadPyodide: spy, images });
  assert.deepEqual(calls, [['_makeSnapshot'], ['_loadSnapshot']]);
  assert.equal(py.runPython('sum(x * x for x in range(10))'), 285);
});

test('an image Pyodide refuses is dropped and Python starts normally', async () => {
  const images = memoryImages(new Uint8Array(64));
  const py = await startPyodide({ loadPyodide, images });
  assert.equal(py.runPython('1 + 1'), 2);
  await images.saved;
  assert.ok(images.kept.length > 1e6); // the refused image was replaced by a real one
});
