// Runs code cells on the Python runtime and keeps each cell's state honest: queued until the
// runtime starts it (when it gets its execution count), then running, then done or error. A cell
// dropped from the queue by Stop goes back to idle.

export class CellRunner {
  #runtime;
  #waiting = new Set(); // cells queued or running

  constructor(runtime) {
    this.#runtime = runtime;
  }

  /** The runtime the cells run on: live controls in their outputs re-run on it too. */
  get runtime() {
    return this.#runtime;
  }

  /**
   * Runs one cell and resolves with the runtime's outcome once it has finished (see
   * RuntimeClient.run). A cell already waiting is left alone.
   */
  async run(cell) {
    if (this.#waiting.has(cell)) return;
    this.#waiting.add(cell);
    cell.setState('queued', null);
    let started = false;
    const ran = this.#runtime.run(cell.source, {
      onStart: (count) => {
        started = true;
        cell.clearOutput();
        cell.setState('running', count);
      },
      onOutput: (output) => cell.appendOutput(output),
      onInput: (prompt) => cell.ask(prompt),
    });
    cell.exercise?.queueCheck(this.#runtime, ran); // right behind the cell, before any other
    const outcome = await ran;
    this.#waiting.delete(cell);
    if (outcome.cancelled) cell.setState('idle', null);
    else if (outcome.ok) cell.setState('done');
    else {
      if (!started) cell.clearOutput(); // refused: no Python to run it; the old output goes
      cell.showError(outcome.error);
      cell.setState('error');
    }
    return outcome;
  }
}
