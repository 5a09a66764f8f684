// Sends code cells to the Python runtime in the order they are asked for and keeps each cell's
// state honest. The worker runs cells one after another but does not say when one starts, so a
// cell counts as running once Python is ready and every cell sent before it has finished.

export class CellRunner {
  #runtime;
  #queue = []; // { cell, started } per run sent and not finished, oldest first
  #executionCount = 0;

  constructor(runtime) {
    this.#runtime = runtime;
    runtime.addEventListener('status', ({ detail }) => {
      if (detail.status === 'loading') this.#executionCount = 0; // a fresh interpreter, as in Jupyter
      if (detail.status === 'ready') this.#startNext();
      if (detail.status === 'failed') this.#abandonAll();
    });
  }

  /** Runs one cell and resolves once it has finished. A cell that is already waiting is left alone. */
  async run(cell) {
    if (this.#queue.some((entry) => entry.cell === cell)) return;
    cell.clearOutput();
    if (this.#runtime.status === 'failed') return this.#abandon(cell);

    const entry = { cell };
    this.#queue.push(entry);
    cell.setState('queued', null);
    this.#startNext();
    const { ok, error } = await this.#runtime.run(cell.code, { onOutput: (output) => cell.appendOutput(output) });
    // A run given up when the runtime failed is still answered later, by the worker or a restart.
    const index = this.#queue.indexOf(entry);
    if (index === -1) return;
    this.#queue.splice(index, 1);
    if (ok) {
      cell.setState('done');
    } else {
      cell.showError(error);
      cell.setState('error');
    }
    this.#startNext();
  }

  #startNext() {
    const head = this.#queue[0];
    if (this.#runtime.status !== 'ready' || !head || head.started) return;
    head.started = true;
    head.cell.setState('running', ++this.#executionCount);
  }

  #abandonAll() {
    for (const { cell } of this.#queue.splice(0)) this.#abandon(cell);
  }

  #abandon(cell) {
    const reason = this.#runtime.message || 'it failed to start';
    cell.showError({ ename: 'Not run', evalue: `Python is not available (${reason}). Restart to try again.` });
    cell.setState('error', null);
  }
}
