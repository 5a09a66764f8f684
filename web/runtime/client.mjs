// The page's handle on the Python runtime in its Web Worker. It starts loading at construction,
// queues cells, and turns the worker's messages into per-cell callbacks and status events.
//
// Worker protocol (messages are plain data):
//   page → worker  { type: 'run', id, code }
//   worker → page  { type: 'status', status: 'loading' | 'ready' | 'failed', message }
//                  { type: 'output', id, output }   output: { kind: 'stream', name, text }
//                                                            { kind: 'result' | 'display', data }
//                  { type: 'done', id, ok, error? } error: { ename, evalue, traceback, lineno }

export class RuntimeClient extends EventTarget {
  #workerURL;
  #worker = null;
  #pending = new Map(); // id → { onOutput, resolve }
  #nextId = 1;
  status = 'loading';
  message = '';

  constructor(workerURL) {
    super();
    this.#workerURL = workerURL;
    this.#start();
  }

  #start() {
    this.#setStatus('loading', 'Starting Python…');
    const worker = new Worker(this.#workerURL, { type: 'module' });
    worker.onmessage = (event) => this.#receive(event.data);
    worker.onerror = (event) => this.#setStatus('failed', event.message || 'the runtime failed to start');
    this.#worker = worker;
  }

  #receive(msg) {
    if (msg.type === 'status') return this.#setStatus(msg.status, msg.message);
    const cell = this.#pending.get(msg.id);
    if (!cell) return;
    if (msg.type === 'output') cell.onOutput(msg.output);
    if (msg.type === 'done') {
      this.#pending.delete(msg.id);
      cell.resolve({ ok: msg.ok, error: msg.error });
    }
  }

  #setStatus(status, message = '') {
    this.status = status;
    this.message = message;
    this.dispatchEvent(new CustomEvent('status', { detail: { status, message } }));
  }

  /** Runs one cell; resolves with { ok, error } once it has finished. Cells run in call order. */
  run(code, { onOutput = () => {} } = {}) {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, { onOutput, resolve });
      this.#worker.postMessage({ type: 'run', id, code });
    });
  }

  /** Throws away the worker and every Python variable, then starts a fresh runtime. */
  restart() {
    this.#worker.terminate();
    for (const cell of this.#pending.values()) {
      cell.resolve({ ok: false, error: { ename: 'Restarted', evalue: 'the runtime was restarted', traceback: '' } });
    }
    this.#pending.clear();
    this.#start();
  }
}
