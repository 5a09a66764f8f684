// Starting Pyodide is mostly CPython initialising itself: about 1.3 s of a 1.6 s start in
// Chromium here, even with every file in the HTTP cache. Pyodide can instead restore a
// memory image of an interpreter that has already started (about 0.3 s). The first visit
// starts normally and keeps such an image in the browser's Cache Storage; later visits
// restore it. The image belongs to one Pyodide build: it is stored under Pyodide's version,
// and Pyodide itself refuses an image from another build, in which case it is dropped and
// Python starts the normal way. (The options used, _makeSnapshot and _loadSnapshot, are
// Pyodide's own but not yet documented; the package version is pinned in package-lock.json.)

import { keptInCache } from './kept.mjs';

// The standard library modules `import torch` imports that Pyodide has not: the image holds them
// imported, since Pyodide's standard library has no bytecode, and compiling them took a quarter
// of an `import torch` from kept bytecode in Node (pickletools alone is 3000 lines). They are
// part of the image's key, so an image made with another list is not used.
const IMAGE_MODULES = ['numbers', 'pickle', 'pickletools'];

/**
 * Images kept in Cache Storage, or null where there is none (no secure context).
 * @param {string} version  Pyodide's version, part of the key
 * @param {string} baseURL  any http(s) URL of the site, to build the key from
 */
export function cachedImages(version, baseURL) {
  const kept = keptInCache('gradbook-python-image', baseURL);
  const key = `${version}-${IMAGE_MODULES.join('-')}`;
  return kept && { load: () => kept.load(key), save: (image) => kept.save(key, image), drop: kept.drop };
}

/**
 * Pyodide, restored from a kept image if there is a usable one, else started normally (and
 * its image kept for next time). `images` may be null: then this is loadPyodide. Either way
 * the IMAGE_MODULES are imported.
 */
export async function startPyodide({ loadPyodide, options, images }) {
  if (images) {
    const image = await images.load().catch(() => null);
    if (image) {
      try {
        return await loadPyodide({ ...options, _loadSnapshot: image });
      } catch {
        await images.drop().catch(() => {});
      }
    }
  }
  const py = await loadPyodide({ ...options, _makeSnapshot: Boolean(images) });
  py.runPython(`import ${IMAGE_MODULES.join(', ')}`);
  if (images) {
    try {
      images.save(py.makeMemorySnapshot()).catch(() => {});
    } catch {
      // No image this time; the next start tries again.
    }
  }
  return py;
}
