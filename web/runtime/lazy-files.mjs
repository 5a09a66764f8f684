// Files Python sees at once but whose bytes are read only when a program first reads them: the
// files beside a lesson and the site's datasets. Each is an ordinary in-memory file of
// Pyodide's file system whose size is known from a listing (so os.path.exists, os.stat and
// os.listdir cost nothing) and whose contents `read(path)` supplies on the first read: a
// synchronous GET in the browser's worker, a disk read in Node.
//
// Emscripten's own FS.createLazyFile is not used: it asks the server with a HEAD request (which a
// service worker does not answer offline), fetches in 1 MB ranges (which a cached copy cannot
// serve), and aborts the whole interpreter when a fetch fails. Here a failed read is an I/O
// error Python raises as OSError, and the interpreter carries on.

const EIO = 29;

/**
 * Makes each of `files` (path under `folder` → size in bytes) a read-only file under `folder`.
 * @param {object} FS   Pyodide's file system (pyodide.FS)
 * @param {string} folder  an absolute path, made if missing
 * @param {Record<string, number>} files
 * @param {(path: string) => Uint8Array} read  the bytes of one file, synchronously; throws if it
 *        cannot have them
 */
export function addLazyFiles(FS, folder, files, read) {
  for (const [path, size] of Object.entries(files)) {
    const full = `${folder}/${path}`;
    const parent = full.slice(0, full.lastIndexOf('/'));
    FS.mkdirTree(parent);
    const node = FS.createFile(parent, full.slice(parent.length + 1), {}, true, false);
    let bytes = null;
    const load = () => {
      if (bytes) return;
      try {
        bytes = read(path);
      } catch {
        throw new FS.ErrnoError(EIO);
      }
    };
    Object.defineProperties(node, {
      contents: { get: () => bytes ?? new Uint8Array(0), set() {} },
      usedBytes: { get: () => bytes?.length ?? size, set() {} },
    });
    node.stream_ops = Object.fromEntries(Object.entries(node.stream_ops).map(([name, op]) => [name, (...args) => {
      load();
      return op(...args);
    }]));
  }
}

/** A reader for addLazyFiles over URLs under `base`, for a Web Worker (synchronous XHR). */
export const readOverHTTP = (base) => (path) => {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', new URL(path, base).href, false);
  xhr.responseType = 'arraybuffer';
  xhr.send();
  if (xhr.status !== 200) throw new Error(`HTTP ${xhr.status}`);
  return new Uint8Array(xhr.response);
};
