// The page's handle on the Python runtime in its Web Worker. It starts loading at construction,
// keeps the queue of cells waiting to run, and sends the worker one cell at a time, so it always
// knows which cell is running and can stop it.
//
// Worker protocol (messages are plain data):
//   page → worker  { type: 'start', assets, lock, lessonFiles }  first: the URLs of the
//                                                runtime's files (see boot() in worker.mjs), the
//                                                name of a lock the worker holds while it lives,
//                                                and the files beside the lesson, if any:
//                                                { base (URL of their folder), files (path → size) }
//                  { type: 'interrupt-buffer', buffer }   an Int32Array over a SharedArrayBuffer;
//                                                         the page writes 2 into it to interrupt
//                  { type: 'input-channel', buffer }   a SharedArrayBuffer the page answers
//                                                       input() through (input-channel.mjs)
//                  { type: 'run', id, code, hidden? }  hidden: an exercise's checks (no cell number)
//   worker → page  { type: 'holding', lock }     the worker holds the lock
//                  { type: 'status', status: 'loading' | 'ready' | 'failed', message }
//                  { type: 'progress', phase, received, total }   while loading: see boot-progress.mjs
//                  { type: 'output', id, output }   output: { kind: 'stream', name, text }
//                                                            { kind: 'result' | 'display', data }
//                                                   data: a mime bundle ({ 'text/plain', … })
//                  { type: 'done', id, ok, error? } error: { ename, evalue, traceback, lineno }
//                  { type: 'fatal', id, message }  the interpreter broke while running cell `id`
//                  { type: 'input', id, prompt }   input(prompt) in cell `id` waits for an answer
//
// A run resolves with { ok, error? }, { ok: false, cancelled: true } for a cell that never ran,
// or { ok: false, fatal: true, error } for the cell that was running when Python was lost (a
// fatal error, or its worker ended); cells queued then are cancelled, later ones refused.
//
// input(): where the page is cross-origin isolated, the running cell's `onInput(prompt)` is asked
// and the promise it returns gives the answer (a string; null is end of input, EOFError); Stop
// while it waits raises KeyboardInterrupt. Elsewhere Python cannot wait, and input() raises an
// error that says so.
//
// Events: 'status' (detail: { status, message }), 'progress' (how far loading has got: the
// `progress` field) and 'activity' (cells queued or finished).
//
// Stopping a cell: where the page is cross-origin isolated, SharedArrayBuffer exists and Stop
// raises KeyboardInterrupt in Python (variables are kept). Elsewhere, and for code that does not
// return to Python in time, the worker is terminated and a fresh runtime started.

import { answer, cancel, inputChannel } from './input-channel.mjs';

/**
 * How long an interrupted cell may take to give up before the worker is replaced. On a busy
 * machine (two test files in Chromium at once on two cores) a plain `while True: pass` took
 * longer than 0.7 s to raise, and the learner lost every variable to a restart instead.
 */
const INTERRUPT_GRACE_MS = 2000;

export class RuntimeClient extends EventTarget {
  #assets;
  #lessonFiles;
  #worker = null;
  #interruptBuffer = null;
  #inputChannel = null;
  #queue = []; // cells waiting: { code, onStart, onOutput, resolve }
  #running = null; // the cell the worker is running: { id, onOutput, resolve, finished }
  #nextId = 1;
  #executionCount = 0;
  status = 'loading';
  message = '';
  /** While loading: { phase, received, total } (boot-progress.mjs), or null before the first report. */
  progress = null;

  /**
   * @param assets the runtime's files, as URLs or (a single-file page) Blobs: the worker's module
   *        and those worker.mjs boots from
   * @param lessonFiles the files Python sees beside the lesson: { base, files } (the URL of their
   *        folder; path under it → size in bytes), read only when a program reads them
   */
  constructor(assets, { canInterrupt = globalThis.crossOriginIsolated === true, lessonFiles = null } = {}) {
    super();
    this.#assets = assets;
    this.#lessonFiles = lessonFiles;
    this.canInterrupt = canInterrupt;
    this.#start();
  }

  get busy() {
    return this.#running !== null || this.#queue.length > 0;
  }

  /**
   * Queues one cell. `onStart(executionCount)` is called when it starts; the promise resolves
   * with { ok, error } when it has finished, or { ok: false, cancelled: true } if it never ran.
   * A `hidden` run (an exercise's checks, a control's re-run) takes no execution count and no
   * cell number. Aborting `signal` while the run waits in the queue drops it (cancelled).
   */
  run(code, { onStart = () => {}, onOutput = () => {}, onInput = null, hidden = false, signal = null } = {}) {
    return new Promise((resolve) => {
      const waiting = { code, onStart, onOutput, onInput, resolve, hidden };
      this.#queue.push(waiting);
      signal?.addEventListener('abort', () => this.#drop(waiting), { once: true });
      this.#pump();
      this.#activity();
    });
  }

  #drop(waiting) {
    const index = this.#queue.indexOf(waiting);
    if (index < 0) return; // started, or already gone
    this.#queue.splice(index, 1);
    waiting.resolve({ ok: false, cancelled: true });
    this.#activity();
  }

  /**
   * Stops the running cell and drops the queued ones. Resolves with what it took:
   * 'interrupted' (KeyboardInterrupt; variables kept), 'restarted' (a fresh runtime) or
   * 'idle' (nothing was running).
   */
  async stop() {
    this.#cancelQueue();
    const running = this.#running;
    if (!running) return 'idle';
    if (this.#interruptBuffer) {
      this.#interruptBuffer[0] = 2;
      cancel(this.#inputChannel); // a cell waiting in input() stops waiting, and is interrupted
      const grace = new Promise((resolve) => setTimeout(resolve, INTERRUPT_GRACE_MS, false));
      if (await Promise.race([running.finished.then(() => true), grace])) return 'interrupted';
    }
    this.restart('Python was restarted to stop the running cell.');
    return 'restarted';
  }

  /** Throws away the worker and every Python variable, then starts a fresh runtime. */
  restart(reason = 'Python was restarted.') {
    this.#worker.terminate();
    this.#cancelQueue();
    if (this.#running) {
      const evalue = `${reason} Its variables are gone; run the cells again.`;
      this.#finish({ ok: false, error: { ename: 'Restarted', evalue, traceback: '' } });
    }
    this.#start();
  }

  #start() {
    this.#executionCount = 0; // a fresh interpreter counts from 1 again, as in Jupyter
    this.progress = null;
    this.#setStatus('loading', 'Starting Python…');
    const { worker: module, ...assets } = this.#assets;
    const worker = startWorker(module instanceof Blob ? module : String(module));
    const lock = globalThis.navigator?.locks ? `gradbook-python-${Math.random().toString(36).slice(2)}` : null;
    worker.postMessage({ type: 'start', assets, lock, lessonFiles: this.#lessonFiles });
    worker.onmessage = ({ data: msg }) => (msg.type === 'holding' ? this.#watch(worker, msg.lock) : this.#receive(msg));
    worker.onerror = (event) => {
      const message = event.message || 'the Python runtime stopped';
      this.#setStatus('failed', message);
      if (this.#running) this.#finish({ ok: false, error: { ename: 'RuntimeError', evalue: message, traceback: `${message}\n` } });
    };
    if (this.canInterrupt) {
      this.#interruptBuffer = new Int32Array(new SharedArrayBuffer(4));
      worker.postMessage({ type: 'interrupt-buffer', buffer: this.#interruptBuffer });
      this.#inputChannel = inputChannel();
      worker.postMessage({ type: 'input-channel', buffer: this.#inputChannel });
    }
    this.#worker = worker;
  }

  // The worker's lock is granted to the page once the worker has ended: by terminate() (a
  // restart, and then it is no longer this.#worker) or by itself.
  #watch(worker, lock) {
    navigator.locks.request(lock, () => {
      if (worker === this.#worker) this.#lost('its worker was closed');
    });
  }

  // Python is gone until a restart: the running cell fails with a short message, and the queued
  // cells are dropped, as they never ran.
  #lost(cause) {
    this.#cancelQueue();
    if (this.#running) {
      const evalue = `${cause} — Restart to continue; your edits are kept.`;
      this.#finish({ ok: false, fatal: true, error: { ename: 'Python stopped', evalue, traceback: '' } });
    }
    this.#setStatus('failed', cause);
  }

  #receive(msg) {
    if (msg.type === 'status') return this.#setStatus(msg.status, msg.message);
    if (msg.type === 'progress') {
      const { phase, received, total } = msg;
      this.progress = { phase, received, total };
      return this.dispatchEvent(new Event('progress'));
    }
    if (msg.type === 'fatal') return this.#lost(msg.message);
    if (msg.id !== this.#running?.id) return; // from a cell given up on
    if (msg.type === 'output') this.#running.onOutput(msg.output);
    if (msg.type === 'done') this.#finish({ ok: msg.ok, error: msg.error });
    if (msg.type === 'input') this.#ask(this.#running, msg.prompt);
  }

  // A cell with no way to ask (an API run) reads end of input, as Python with no stdin does.
  async #ask(running, prompt) {
    const channel = this.#inputChannel;
    const text = running.onInput ? await running.onInput(prompt) : null;
    if (running === this.#running && channel === this.#inputChannel) answer(channel, text);
  }

  #finish(outcome) {
    const running = this.#running;
    this.#running = null;
    running.resolve(outcome);
    running.markFinished();
    this.#pump();
    this.#activity();
  }

  #pump() {
    if (this.status === 'failed') return this.#failQueue();
    if (this.status !== 'ready' || this.#running || !this.#queue.length) return;
    const { code, onStart, onOutput, onInput, resolve, hidden } = this.#queue.shift();
    let markFinished;
    const finished = new Promise((r) => (markFinished = r));
    this.#running = { id: this.#nextId++, onOutput, onInput, resolve, finished, markFinished };
    this.#worker.postMessage({ type: 'run', id: this.#running.id, code, hidden });
    onStart(hidden ? null : ++this.#executionCount);
  }

  #cancelQueue() {
    for (const { resolve } of this.#queue.splice(0)) resolve({ ok: false, cancelled: true });
    this.#activity();
  }

  // 'activity': `busy` may have changed.
  #activity() {
    this.dispatchEvent(new Event('activity'));
  }

  #failQueue() {
    const evalue = `Python is not available: ${this.message || 'it failed to start'}. Restart to try again.`;
    for (const { resolve } of this.#queue.splice(0)) {
      resolve({ ok: false, error: { ename: 'RuntimeError', evalue, traceback: `RuntimeError: ${evalue}\n` } });
    }
  }

  #setStatus(status, message = '') {
    this.status = status;
    this.message = message;
    this.dispatchEvent(new CustomEvent('status', { detail: { status, message } }));
    this.#pump();
  }
}

// A module worker starts only from a same-origin http(s) URL: not on a file:// page (a
// single-file lesson, whose worker module is a Blob), nor from Gradbook hosted on another origin.
// There a classic worker made from a blob imports the module instead: it is sent the module (a
// URL or a Blob, turned into a URL by the worker, as file:// pages cannot share blob URLs with
// workers), holds the messages that come before the module has set its handler, and reports a
// module that fails to load as an error event, as a module worker would. It also hides
// importScripts: Pyodide takes a worker that has it for a classic one and refuses to start, yet
// here it is loaded, and loads its own parts, by import() as in a module worker.
function startWorker(module) {
  if (typeof module === 'string' && !module.startsWith('blob:') && new URL(module).origin === location.origin) {
    return new Worker(module, { type: 'module' });
  }
  const worker = new Worker(URL.createObjectURL(new Blob([BOOTSTRAP], { type: 'text/javascript' })));
  worker.postMessage(module);
  return worker;
}

const BOOTSTRAP = `self.importScripts = undefined;
self.onmessage = ({ data: module }) => {
  const early = [];
  self.onmessage = (event) => early.push(event);
  import(typeof module === 'string' ? module : URL.createObjectURL(module)).then(
    () => { for (const event of early) self.onmessage(event); },
    (error) => setTimeout(() => { throw error; }));
};`;
