// A lesson as an editable notebook: prose and code cells in order, with Jupyter's keys and
// commands (run and advance, run all, run all above, add, delete and move cells). It fires
// 'change' whenever the lesson's text or cell order changes, so the page can save it.
// A notebook with `fixedCells` (a code block upgraded on someone else's page) keeps its cells
// as given: the keys only run, and no cell is added, moved or deleted.
import { CodeCell } from './code-cell.js';
import { MarkdownCell } from './markdown-cell.js';

export class Notebook extends EventTarget {
  cells = [];
  /** The document or shadow root the notebook lives in (its editors need to know). */
  root;
  #container;
  #runner;
  #fixedCells;
  #active = null;

  /**
   * @param {object} o
   * @param {HTMLElement} o.container
   * @param {{ type, source, id?, attachments?, expected? }[]} o.cells  expected: stored output records
   * @param {import('./cell-runner.js').CellRunner} o.runner
   * @param {boolean} [o.fixedCells]
   */
  constructor({ container, cells, runner, fixedCells = false }) {
    super();
    const root = container.getRootNode();
    this.root = root instanceof Document || root instanceof ShadowRoot ? root : undefined;
    this.#container = container;
    this.#runner = runner;
    this.#fixedCells = fixedCells;
    if (fixedCells) container.dataset.fixedCells = '';
    this.cells = cells.map((cell) => this.#make(cell));
    container.replaceChildren(...this.cells.map((cell) => cell.element));
  }

  get codeCells() {
    return this.cells.filter((cell) => cell.type === 'code');
  }

  runAll() {
    return Promise.all(this.codeCells.map((cell) => this.#runner.run(cell)));
  }

  /** Runs every code cell above the active one (Jupyter's "Run All Above"). */
  runAbove() {
    const end = this.#active ? this.cells.indexOf(this.#active) : 0;
    return Promise.all(this.cells.slice(0, end).filter((c) => c.type === 'code').map((c) => this.#runner.run(c)));
  }

  clearOutputs() {
    for (const cell of this.codeCells) {
      cell.clearOutput();
      cell.setState('idle', null);
    }
  }

  // ---- called by cells

  run(cell) {
    return this.#runner.run(cell);
  }

  /** Shift+Enter: run, then edit the next code cell (a new one at the end, as in Jupyter). */
  runAndAdvance(cell) {
    const done = this.#runner.run(cell);
    const next = this.cells.slice(this.cells.indexOf(cell) + 1).find((c) => c.type === 'code');
    if (next) next.focus();
    else if (!this.#fixedCells) this.insert('code', cell).focus();
    return done;
  }

  /** Alt+Enter: run, then edit a new code cell right below. */
  runAndInsert(cell) {
    const done = this.#runner.run(cell);
    if (!this.#fixedCells) this.insert('code', cell).focus();
    return done;
  }

  action(cell, name) {
    if (this.#fixedCells) return;
    if (name === 'up') this.move(cell, -1);
    if (name === 'down') this.move(cell, +1);
    if (name === 'add-code') this.insert('code', cell).focus();
    if (name === 'add-text') this.insert('markdown', cell).edit();
    if (name === 'delete') this.remove(cell);
  }

  activate(cell) {
    if (this.#active === cell) return;
    this.#active?.element.classList.remove('active');
    this.#active = cell;
    cell.element.classList.add('active');
  }

  changed() {
    this.dispatchEvent(new Event('change'));
  }

  // ---- structure

  /** Adds an empty cell of `type` ('code' | 'markdown') after `after` (at the end if null). */
  insert(type, after = null) {
    const cell = this.#make({ type, source: '' });
    const index = after ? this.cells.indexOf(after) + 1 : this.cells.length;
    this.cells.splice(index, 0, cell);
    const before = this.cells[index + 1];
    this.#container.insertBefore(cell.element, before ? before.element : null);
    this.activate(cell);
    this.changed();
    return cell;
  }

  move(cell, delta) {
    const from = this.cells.indexOf(cell);
    const to = from + delta;
    if (to < 0 || to >= this.cells.length) return;
    this.cells.splice(from, 1);
    this.cells.splice(to, 0, cell);
    const next = this.cells[to + 1];
    this.#container.insertBefore(cell.element, next ? next.element : null);
    cell.focus();
    this.changed();
  }

  remove(cell) {
    const index = this.cells.indexOf(cell);
    if (index < 0) return;
    this.cells.splice(index, 1);
    cell.element.remove();
    if (this.#active === cell) this.#active = null;
    const neighbour = this.cells[Math.min(index, this.cells.length - 1)];
    neighbour?.focus();
    this.changed();
  }

  /** The lesson's cells as they stand: { type, source, id?, attachments?, expected? }. */
  snapshot() {
    return this.cells.map((cell) => ({
      type: cell.type,
      source: cell.source,
      ...(cell.id ? { id: cell.id } : {}),
      ...(cell.type === 'code' && cell.expected.length ? { expected: cell.expected } : {}),
      ...(cell.type === 'markdown' && cell.attachments ? { attachments: cell.attachments } : {}),
    }));
  }

  #make({ type, source, id, attachments, expected }) {
    const cell = type === 'code'
      ? new CodeCell({ source, expected: expected ?? [], notebook: this })
      : new MarkdownCell({ source, attachments, notebook: this });
    cell.id = id ?? null; // a notebook file's cell id, kept for saving it back
    return cell;
  }
}
