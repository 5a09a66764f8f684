// The Web Worker that owns the Python runtime. It speaks the protocol described in client.mjs:
// cells arrive as { type: 'run', id, code } and run one at a time, in order.
import { cachedImages } from './python-snapshot.mjs';
import { startRuntime } from './runtime.mjs';

const here = (path) => new URL(path, import.meta.url).href;
const post = (msg) => self.postMessage(msg);

let current = null; // the id of the running cell, for routing output
let buffered = '';
let bufferedStream = 'stdout';
let lastFlush = 0;

// Output is batched: a print in a tight loop must not flood the page with messages.
function flush() {
  if (buffered && current !== null) {
    post({ type: 'output', id: current, output: { kind: 'stream', name: bufferedStream, text: buffered } });
  }
  buffered = '';
  lastFlush = performance.now();
}

function write(stream, text) {
  if (stream !== bufferedStream) flush();
  bufferedStream = stream;
  buffered += text;
  if (performance.now() - lastFlush > 50) flush();
}

async function boot() {
  post({ type: 'status', status: 'loading', message: 'Loading Python…' });
  const [{ loadPyodide, version }, { loadEngine }, pythonFiles] = await Promise.all([
    import(here('./pyodide/pyodide.mjs')),
    import(here('./engine/engine.mjs')),
    fetch(here('./python.json')).then((r) => r.json()),
  ]);
  const engine = await loadEngine();
  const runtime = await startRuntime({
    loadPyodide, pyodideIndexURL: here('./pyodide/'), engine, pythonFiles, write,
    pythonImages: cachedImages(version, here('./')),
  });
  post({ type: 'status', status: 'ready', message: 'Python ready' });
  return runtime;
}

const ready = boot().catch((error) => {
  post({ type: 'status', status: 'failed', message: String(error?.message ?? error) });
  throw error;
});

let cellNumber = 0;
let queue = Promise.resolve();

self.onmessage = ({ data: msg }) => {
  if (msg.type !== 'run') return;
  queue = queue.then(async () => {
    const runtime = await ready.catch(() => null);
    if (!runtime) {
      const evalue = 'the Python runtime failed to start';
      post({ type: 'done', id: msg.id, ok: false, error: { ename: 'RuntimeError', evalue, traceback: `RuntimeError: ${evalue}\n` } });
      return;
    }
    current = msg.id;
    cellNumber += 1;
    const reply = runtime.run(msg.code, `<cell ${cellNumber}>`);
    flush();
    if (reply.ok && reply.result) post({ type: 'output', id: msg.id, output: { kind: 'result', data: reply.result } });
    post({ type: 'done', id: msg.id, ok: reply.ok, error: reply.error });
    current = null;
  });
};
