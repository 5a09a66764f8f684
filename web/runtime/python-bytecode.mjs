// Compiling our Python packages to bytecode was a large part of `import torch` (in Node, 0.6 s
// from source against 0.35 s from bytecode), and Pyodide never writes bytecode
// (sys.dont_write_bytecode), so every start compiled every module again. Instead the first start lets Python write the .pyc files of the
// modules it imports and keeps them (in the browser's Cache Storage, beside the interpreter image
// of python-snapshot.mjs); later starts put them back before importing. They are kept under
// Pyodide's version and a hash of the sources, so new sources or a new Pyodide compile afresh;
// a kept set whose bytes no longer match the digest saved with it is dropped.
import { keptInCache } from './kept.mjs';

const CACHE_NAME = 'gradbook-python-bytecode';

/**
 * Bytecode kept in Cache Storage, or null where there is none (no secure context).
 * @param {string} baseURL  any http(s) URL of the site, to build the key from
 */
export const cachedBytecode = (baseURL) => keptInCache(CACHE_NAME, baseURL);

/**
 * Puts the bytecode kept for these sources under `root` in Pyodide's file system. If there is
 * none, Python writes the bytecode of the modules it imports until `done()`, which keeps it.
 * The sources must already be under `root`, each with the same modification time: a .pyc
 * records its source's time, and files written on another start would otherwise all be newer.
 * @param {object} o
 * @param {object} o.py         Pyodide
 * @param {{ load(key: string): Promise<Uint8Array|null>, save(key: string, bytes: Uint8Array): Promise<void>, drop(): Promise<void> } | null} o.store
 *        where the bytecode is kept (`cachedBytecode()`), or none: then this does nothing
 * @param {Record<string, string>} o.sources  path under `root` → source
 * @param {string} o.root
 * @returns {Promise<{ done(): void }>}
 */
export async function useKeptBytecode({ py, store, sources, root }) {
  if (!store) return { done() {} };
  const key = `${py.version}-${await sha256(new TextEncoder().encode(JSON.stringify(sources)))}`;
  let kept = null;
  try {
    const bytes = await store.load(key);
    kept = bytes && (await unpack(bytes));
  } catch {
    await store.drop().catch(() => {});
  }
  if (kept) {
    for (const [path, bytes] of Object.entries(kept)) writeFile(py.FS, `${root}/${path}`, bytes);
    return { done() {} };
  }
  py.runPython('import sys; sys.dont_write_bytecode = False');
  return {
    done() {
      py.runPython('import sys; sys.dont_write_bytecode = True');
      pack(readBytecode(py.FS, root)).then((bytes) => store.save(key, bytes)).catch(() => {});
    },
  };
}

function writeFile(FS, path, bytes) {
  FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
  FS.writeFile(path, bytes);
}

/** The .pyc files under `root`: path under `root` → bytes. */
function readBytecode(FS, root) {
  const files = {};
  const walk = (dir) => {
    for (const name of FS.readdir(`${root}/${dir}`)) {
      if (name === '.' || name === '..') continue;
      const path = dir ? `${dir}/${name}` : name;
      if (FS.isDir(FS.stat(`${root}/${path}`).mode)) walk(path);
      else if (name.endsWith('.pyc')) files[path] = FS.readFile(`${root}/${path}`);
    }
  };
  walk('');
  return files;
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Kept as one block: the SHA-256 (hex, 64 bytes) of the rest, the header's length (4 bytes), the
// header (JSON: [path, size] per file) and the files' bytes one after another.
const DIGEST = 64;

async function pack(files) {
  const entries = Object.entries(files);
  const header = new TextEncoder().encode(JSON.stringify(entries.map(([path, bytes]) => [path, bytes.length])));
  const rest = new Uint8Array(4 + header.length + entries.reduce((sum, [, bytes]) => sum + bytes.length, 0));
  new DataView(rest.buffer).setUint32(0, header.length);
  rest.set(header, 4);
  let at = 4 + header.length;
  for (const [, bytes] of entries) {
    rest.set(bytes, at);
    at += bytes.length;
  }
  const block = new Uint8Array(DIGEST + rest.length);
  block.set(new TextEncoder().encode(await sha256(rest)));
  block.set(rest, DIGEST);
  return block;
}

async function unpack(block) {
  const rest = block.subarray(DIGEST);
  if (new TextDecoder().decode(block.subarray(0, DIGEST)) !== (await sha256(rest))) throw new Error('damaged');
  const headerLength = new DataView(rest.buffer, rest.byteOffset).getUint32(0);
  const files = {};
  let at = 4 + headerLength;
  for (const [path, size] of JSON.parse(new TextDecoder().decode(rest.subarray(4, at)))) {
    files[path] = rest.subarray(at, (at += size));
  }
  return files;
}
