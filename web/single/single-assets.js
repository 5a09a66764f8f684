// The runtime's files on a single-file page: Blobs unpacked from the page itself, by the names
// worker.mjs and the client expect. The single-file build puts this module in the place of
// web/app/site-assets.js.
import { unpackInlineFiles } from './inline-files.js';

const files = await unpackInlineFiles();

export const siteRoot = new URL('./', location.href).href;

export const siteAssets = {
  worker: files['worker.js'],
  engineWasm: files['gradbook.wasm'],
  python: files['python.json'],
  pyodideLoader: files['pyodide.mjs'],
  pyodideAsm: files['pyodide.asm.mjs'],
  pyodideWasm: files['pyodide.asm.wasm'],
  pythonStdlib: files['python_stdlib.zip'],
  pyodideLock: files['pyodide-lock.json'],
};
