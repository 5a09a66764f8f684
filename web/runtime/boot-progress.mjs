// How far the worker has got in starting Python, reported to the page as it goes:
//   download  the runtime's files (Pyodide, its standard library, the engine, our Python
//             packages): bytes received, and the total once every file's server has given its
//             Content-Length
//   compile   WebAssembly still compiling after the last byte arrived
//   start     Pyodide starting CPython (or restoring a kept image of it)
//   import    `import torch`
// The worker's fetches and WebAssembly compilations are watched while it starts: Pyodide makes
// its own requests, so watching them is the only way to count their bytes.

export const BOOT_PHASES = ['download', 'compile', 'start', 'import'];
const REPORT_EVERY_MS = 100;

/**
 * Starts watching. `expected`: the URLs of the files the start downloads (the download phase
 * lasts until each has arrived); `report({ phase, received, total })` is called as they do
 * (total: null while a size is unknown). Call `importing()` before `import torch` and `done()`
 * once Python is ready, which stops the watching.
 */
export function watchBoot({ expected, report }) {
  const files = new Map([...new Set(expected.map(withoutFragment))].map((url) => [url, { size: undefined, done: false }]));
  let received = 0;
  let compiling = 0;
  let importing = false;
  let lastReport = 0;
  let lastPhase = null;

  const phase = () => {
    if (importing) return 'import';
    if ([...files.values()].some((file) => !file.done)) return 'download';
    return compiling ? 'compile' : 'start';
  };
  const send = (force = false) => {
    const now = performance.now();
    const current = phase();
    if (!force && current === lastPhase && now - lastReport < REPORT_EVERY_MS) return;
    lastReport = now;
    lastPhase = current;
    const sizes = [...files.values()].map((file) => file.size);
    const total = sizes.every((size) => size > 0) ? sizes.reduce((a, b) => a + b, 0) : null;
    report({ phase: current, received, total });
  };

  const countBytes = async (body) => {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true }));
      if (done) return;
      received += value.byteLength;
      send();
    }
  };

  const realFetch = globalThis.fetch;
  globalThis.fetch = async (resource, options) => {
    const file = files.get(withoutFragment(resource instanceof Request ? resource.url : String(new URL(resource, location.href))));
    const response = await realFetch(resource, options);
    if (!file || !response.body) return response;
    // A compressed body's Content-Length counts other bytes than those read.
    const length = response.headers.get('Content-Encoding') ? 0 : Number(response.headers.get('Content-Length'));
    file.size = length > 0 ? length : null;
    // The bytes are counted on a copy: the response itself goes on untouched, so the browser
    // still knows its URL (where it keeps compiled WebAssembly for the next visit).
    countBytes(response.clone().body).then(() => {
      file.done = true;
      send(true);
    });
    return response;
  };

  const wasm = globalThis.WebAssembly;
  const real = {};
  for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming']) {
    real[name] = wasm[name];
    wasm[name] = (...args) => {
      // instantiate(module) only links a compiled module: nothing to wait for.
      if (name === 'instantiate' && args[0] instanceof wasm.Module) return real[name].apply(wasm, args);
      compiling += 1;
      const settled = () => {
        compiling -= 1;
        send(true);
      };
      const result = real[name].apply(wasm, args);
      result.then(settled, settled);
      return result;
    };
  }

  send(true);
  return {
    importing() {
      importing = true;
      send(true);
    },
    done() {
      globalThis.fetch = realFetch;
      Object.assign(wasm, real);
    },
  };
}

// Pyodide asks for a single-file page's wasm at its blob URL with '#' after it.
function withoutFragment(url) {
  return String(url).replace(/#.*$/, '');
}
