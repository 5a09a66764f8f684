// A lesson as an editable notebook: prose and code cells in order, with Jupyter's keys and
// commands (run and advance, run all, run all above, add, delete and move cells) and command
// mode for moving from cell to cell (command-mode.js). It fires
// 'change' whenever the lesson's text or cell order changes, so the page can save it.
// A notebook with `fixedCells` (a code block upgraded on someone else's page) keeps its cells
// as given: the keys only run, and no cell is added, moved or deleted.
import { CodeCell } from './code-cell.js';
import { MarkdownCell } from './markdown-cell.js';
import { RawCell } from './raw-cell.js';
import { answerRuntimeRequests } from './runtime-request.js';
import { commandKeys } from './command-mode.js';

export class Notebook extends EventTarget {
  cells = [];
  /** The document or shadow root the notebook lives in (its editors need to know). */
  root;
  /** Resolves the relative URLs of a rendered text cell against the lesson file (lesson-links.js), or null. */
  links;
  #container;
  #runner;
  #fixedCells;
  #active = null;
  #quiet = false; // while replaceCells() updates the cells

  /**
   * @param {object} o
   * @param {HTMLElement} o.container
   * @param {{ type, source, id?, metadata?, attachments?, expected?, cell? }[]} o.cells  as
   *        parseNotebook gives them; expected: stored output records
   * @param {import('./cell-runner.js').CellRunner} o.runner
   * @param {boolean} [o.fixedCells]
   * @param {((element: Element) => void) | null} [o.links]  see lessonLinks (lesson-links.js)
   * @param {import('./exercise-progress.js').LessonProgress} [o.exerciseProgress]  where the
   *        exercises keep the learner's progress (none: it lasts as long as the page)
   */
  constructor({ container, cells, runner, fixedCells = false, links = null, exerciseProgress = null }) {
    super();
    this.links = links;
    this.exerciseProgress = exerciseProgress;
    const root = container.getRootNode();
    this.root = root instanceof Document || root instanceof ShadowRoot ? root : undefined;
    this.#container = container;
    this.#runner = runner;
    this.#fixedCells = fixedCells;
    if (fixedCells) container.dataset.fixedCells = '';
    this.cells = withIds(cells).map((cell) => this.#make(cell));
    container.replaceChildren(...this.cells.map((cell) => cell.element));
    answerRuntimeRequests(container, runner);
    this.#number();
  }

  // Each cell is named by its place ("Cell 3"), for screen readers: renumbered as cells come and go.
  #number() {
    this.cells.forEach((cell, i) => (cell.number = i + 1));
  }

  get codeCells() {
    return this.cells.filter((cell) => cell.type === 'code');
  }

  runAll() {
    return Promise.all(this.codeCells.map((cell) => this.#run(cell)));
  }

  /** Runs every code cell above the active one (Jupyter's "Run All Above"). */
  runAbove() {
    const end = this.#active ? this.cells.indexOf(this.#active) : 0;
    return Promise.all(this.cells.slice(0, end).filter((c) => c.type === 'code').map((c) => this.#run(c)));
  }

  clearOutputs() {
    for (const cell of this.codeCells) {
      cell.clearOutput();
      cell.exercise?.clearVerdict();
      cell.setState('idle', null);
    }
  }

  // A run that lost Python leaves the outputs below it from an interpreter that is gone.
  async #run(cell) {
    const outcome = await this.#runner.run(cell);
    if (!outcome?.fatal) return;
    for (const later of this.codeCells.slice(this.codeCells.indexOf(cell) + 1)) later.markStale();
  }

  // ---- called by cells

  run(cell) {
    return this.#run(cell);
  }

  /** Shift+Enter: run, then edit the next code cell (a new one at the end, as in Jupyter). */
  runAndAdvance(cell) {
    const done = this.#run(cell);
    const next = this.cells.slice(this.cells.indexOf(cell) + 1).find((c) => c.type === 'code');
    if (next) next.focus();
    else if (!this.#fixedCells) this.insert('code', cell).focus();
    return done;
  }

  /** Alt+Enter: run, then edit a new code cell right below. */
  runAndInsert(cell) {
    const done = this.#run(cell);
    if (!this.#fixedCells) this.insert('code', cell).focus();
    return done;
  }

  /** Escape: the cell itself takes the focus, out of its editor (command mode). */
  select(cell) {
    cell.element.focus();
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
    if (!this.#quiet) this.dispatchEvent(new Event('change'));
  }

  // ---- structure

  /** Adds an empty cell of `type` ('code' | 'markdown') after `after` (at the end if null). */
  insert(type, after = null) {
    const cell = this.#make({ type, source: '' });
    const index = after ? this.cells.indexOf(after) + 1 : this.cells.length;
    this.cells.splice(index, 0, cell);
    const before = this.cells[index + 1];
    this.#container.insertBefore(cell.element, before ? before.element : null);
    this.#number();
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
    this.#number();
    cell.focus();
    this.changed();
  }

  remove(cell) {
    const index = this.cells.indexOf(cell);
    if (index < 0) return;
    this.cells.splice(index, 1);
    cell.element.remove();
    if (this.#active === cell) this.#active = null;
    this.#number();
    const neighbour = this.cells[Math.min(index, this.cells.length - 1)];
    neighbour?.focus();
    this.changed();
  }

  /**
   * Shows `cells` (snapshots) in place of the current ones without firing 'change': a cell with
   * the same id and type stays (with its outputs and state) and takes the new text; the others
   * are made or removed.
   */
  replaceCells(cells) {
    this.#quiet = true;
    const current = new Map(this.cells.map((cell) => [cell.id, cell]));
    this.cells = cells.map((saved) => {
      const cell = current.get(saved.id);
      if (!cell || cell.type !== saved.type) return this.#make(saved);
      current.delete(saved.id);
      if (cell.source !== saved.source) cell.setSource(saved.source);
      cell.metadata = saved.metadata ?? null;
      return cell;
    });
    for (const gone of current.values()) gone.element.remove();
    // Only the cells out of place move: a moved editor would lose the learner's focus.
    this.cells.forEach((cell, i) => {
      const next = i ? this.cells[i - 1].element.nextSibling : this.#container.firstChild;
      if (next !== cell.element) this.#container.insertBefore(cell.element, next);
    });
    if (!this.cells.includes(this.#active)) this.#active = null;
    this.#number();
    this.#quiet = false;
  }

  /** The lesson's cells as they stand: { type, source, id?, metadata?, attachments?, expected?, cell? }. */
  snapshot() {
    return this.cells.map((cell) => ({
      type: cell.type,
      source: cell.source,
      ...(cell.id ? { id: cell.id } : {}),
      ...(cell.metadata ? { metadata: cell.metadata } : {}),
      ...(cell.attachments ? { attachments: cell.attachments } : {}),
      ...(cell.type === 'code' && cell.expected.length ? { expected: cell.expected } : {}),
      ...(cell.exercise ? { exercise: cell.exercise.parts } : {}),
      ...(cell.type === 'unknown' ? { cell: cell.file } : {}),
    }));
  }

  #make({ type, source, id, metadata, attachments, expected, exercise, cell: file }) {
    const cell = type === 'code' ? new CodeCell({ source, expected: expected ?? [], exercise, notebook: this })
      : type === 'markdown' ? new MarkdownCell({ source, attachments, notebook: this })
      : new RawCell({ type, source, cellType: file?.cell_type, notebook: this });
    // What a notebook file gave the cell, kept for saving it back: its id (a new cell gets its
    // own), metadata, attachment images and, for an unknown type, the whole cell.
    cell.id = id ?? newCellId();
    cell.metadata = metadata ?? null;
    if (type === 'raw') cell.attachments = attachments ?? null;
    if (type === 'unknown') cell.file = file;
    commandKeys(this, cell);
    return cell;
  }
}

/** Cells without an id get one from their place: the same in every tab showing the lesson. */
export const withIds = (cells) => cells.map((cell, i) => ({ id: `cell-${i + 1}`, ...cell }));

const newCellId = () => `cell-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
