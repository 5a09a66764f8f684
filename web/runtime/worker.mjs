// The Web Worker that owns the Python runtime. It speaks the protocol described in client.mjs.
// The page names the runtime's files in its first message, so the worker works wherever the
// build put them; it sends one cell at a time, so a cell starts as soon as its message arrives.
import { loadEngine } from '../../wasm/engine.mjs';
import { watchBoot } from './boot-progress.mjs';
import { waitForAnswer } from './input-channel.mjs';
import { readOverHTTP } from './lazy-files.mjs';
import { cachedBytecode } from './python-bytecode.mjs';
import { cachedImages } from './python-snapshot.mjs';
import { startRuntime } from './runtime.mjs';

const post = (msg) => self.postMessage(msg);

let current = null; // the id of the running cell, for routing output
let buffered = '';
let bufferedStream = 'stdout';
let lastFlush = 0;
let heldStack = null; // a stack dump held back until the cell ends, see write()
let interruptBuffer = null;
let inputChannel = null; // where the page answers input(): see input-channel.mjs

// Output is batched: a print in a tight loop must not flood the page with messages.
function flush() {
  if (buffered && current !== null) {
    post({ type: 'output', id: current, output: { kind: 'stream', name: bufferedStream, text: buffered } });
  }
  buffered = '';
  lastFlush = performance.now();
}

// As Pyodide dies it writes the Python stack to stdout, in CPython's faulthandler form: a raw dump
// the learner cannot act on. It is held back until the cell ends, then dropped if Python died
// (the page says what happened in a line) and shown if not (faulthandler.dump_traceback()).
const STACK_DUMP = 'Stack (most recent call first):';

function write(stream, text) {
  if (heldStack === null && text.startsWith(STACK_DUMP)) heldStack = [];
  if (heldStack !== null) return heldStack.push([stream, text]);
  if (stream !== bufferedStream) flush();
  bufferedStream = stream;
  buffered += text;
  if (performance.now() - lastFlush > 50) flush();
}

// A figure shown mid-cell goes after the text printed before it.
function display(data) {
  flush();
  if (current !== null) post({ type: 'output', id: current, output: { kind: 'display', data } });
}

// input() in the running cell: the page shows the prompt in a field under the cell and answers
// through the input channel. Without one (the page is not cross-origin isolated) Python could
// not wait for the answer, and says so instead of hanging.
const INPUT_UNAVAILABLE = 'input() cannot ask for an answer on this page: waiting for one needs a '
  + 'cross-origin isolated page (a Gradbook site served with its service worker, or npm start). '
  + 'Put the value in the code instead.';

function ask(prompt) {
  if (!inputChannel) return { unavailable: INPUT_UNAVAILABLE };
  flush();
  const reply = waitForAnswer(inputChannel, () => post({ type: 'input', id: current, prompt }));
  if (!reply.cancelled) return reply;
  // Stop: the interrupt the page raised is this KeyboardInterrupt, not one more to come.
  if (interruptBuffer) interruptBuffer[0] = 0;
  return { interrupted: true };
}

/**
 * @param assets URLs: engineWasm, python (python.json), and either pyodide (Pyodide's folder) or,
 *        on a single-file page, each of Pyodide's files (pyodideLoader, pyodideAsm, pyodideWasm,
 *        pythonStdlib, pyodideLock); datasets (the site's datasets/index.json), if the site has it
 * @param lessonFiles the files beside the lesson ({ base, files }), or null
 */
async function boot({ assets, lessonFiles }) {
  post({ type: 'status', status: 'loading', message: 'Starting Python…' });
  const progress = watchBoot({ expected: downloads(assets), report: (state) => post({ type: 'progress', ...state }) });
  const [{ loadPyodide, version }, pyodideOptions, engine, pythonFiles, datasets] = await Promise.all([
    import(assets.pyodide ? new URL('pyodide.mjs', assets.pyodide).href : assets.pyodideLoader),
    pyodideOptionsFor(assets),
    loadEngine({ wasm: assets.engineWasm }),
    fetch(assets.python).then((r) => r.json()),
    assets.datasets ? fetch(assets.datasets).then((r) => r.json()) : null,
  ]);
  const runtime = await startRuntime({
    loadPyodide, pyodideOptions, engine, pythonFiles, write, display, traceBackward: true, beforeImport: progress.importing,
    ask, pythonImages: assets.pyodide ? cachedImages(version, assets.pyodide) : null,
    pythonBytecode: assets.pyodide ? cachedBytecode(assets.pyodide) : null,
    datasets: datasets && { files: datasets.files, read: readOverHTTP(assets.datasets) },
  });
  if (lessonFiles) runtime.showLessonFiles(lessonFiles.files, readOverHTTP(lessonFiles.base));
  progress.done();
  post({ type: 'status', status: 'ready', message: 'Python ready' });
  return runtime;
}

// The files a start downloads, by the URLs they are fetched from.
function downloads(assets) {
  const pyodide = assets.pyodide
    ? ['pyodide-lock.json', 'python_stdlib.zip', 'pyodide.asm.wasm'].map((file) => new URL(file, assets.pyodide).href)
    : [assets.pyodideLock, assets.pythonStdlib, assets.pyodideWasm];
  return [...pyodide, assets.engineWasm, assets.python, ...(assets.datasets ? [assets.datasets] : [])];
}

// Inlined files are blob URLs, which have no folder. Pyodide fetches its wasm from
// indexURL + 'pyodide.asm.wasm', and fetching a blob URL ignores everything after '#'.
async function pyodideOptionsFor(assets) {
  if (assets.pyodide) return { indexURL: assets.pyodide };
  const { default: createPyodideModule } = await import(assets.pyodideAsm);
  return { indexURL: `${assets.pyodideWasm}#`, stdLibURL: assets.pythonStdlib, lockFileURL: assets.pyodideLock, createPyodideModule };
}

let started;
const ready = new Promise((resolve) => (started = resolve)).then(boot).catch((error) => {
  post({ type: 'status', status: 'failed', message: String(error?.message ?? error) });
  throw error;
});

let cellNumber = 0;

async function run({ id, code, hidden }) {
  const runtime = await ready.catch(() => null);
  if (!runtime) {
    const evalue = 'the Python runtime failed to start';
    post({ type: 'done', id, ok: false, error: { ename: 'RuntimeError', evalue, traceback: `RuntimeError: ${evalue}\n` } });
    return;
  }
  // A Stop pressed after the previous cell ended must not interrupt this one.
  if (interruptBuffer) interruptBuffer[0] = 0;
  current = id;
  if (!hidden) cellNumber += 1;
  const reply = runCell(runtime, code, hidden ? '<checks>' : `<cell ${cellNumber}>`);
  const held = heldStack ?? [];
  heldStack = null;
  if (!reply.fatal) for (const [stream, text] of held) write(stream, text);
  flush();
  current = null;
  if (reply.fatal) return post({ type: 'fatal', id, message: reply.message });
  if (reply.ok && reply.result) post({ type: 'output', id, output: { kind: 'result', data: reply.result } });
  post({ type: 'done', id, ok: reply.ok, error: reply.error });
}

// The kernel reports the learner's errors itself; an exception out of it means the interpreter
// itself broke (Pyodide's fatal errors), and only a fresh runtime can go on.
function runCell(runtime, code, filename) {
  try {
    return runtime.run(code, filename);
  } catch (error) {
    return { fatal: true, message: whatStopped(error) };
  }
}

// What broke the interpreter, said for a learner. The usual cause is recursion that outgrew the
// browser's stack once sys.setrecursionlimit had lifted Python's own, earlier guard.
function whatStopped(error) {
  const message = String(error?.message ?? error);
  return /call stack/i.test(message) ? "maximum recursion depth exceeded (deeper than the browser's stack)" : message;
}

// A single-file page sends its files as Blobs: on file:// a worker cannot use the page's blob
// URLs, so it makes its own.
const ownURLs = (assets) => Object.fromEntries(
  Object.entries(assets).map(([name, file]) => [name, file instanceof Blob ? URL.createObjectURL(file) : file]),
);

// While the worker lives it holds this lock. The page asks for the same lock, and so learns when
// the worker has ended, which it would otherwise never hear of: js.close() ends a worker silently.
function holdLock(name) {
  navigator.locks.request(name, () => {
    post({ type: 'holding', lock: name });
    return new Promise(() => {});
  });
}

self.onmessage = ({ data: msg }) => {
  if (msg.type === 'start') {
    if (msg.lock) holdLock(msg.lock);
    started({ assets: ownURLs(msg.assets), lessonFiles: msg.lessonFiles ?? null });
  }
  if (msg.type === 'interrupt-buffer') {
    interruptBuffer = msg.buffer;
    ready.then((runtime) => runtime.setInterruptBuffer(msg.buffer), () => {});
  }
  if (msg.type === 'input-channel') inputChannel = msg.buffer;
  if (msg.type === 'run') run(msg);
};
