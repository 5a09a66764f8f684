// A notebook's raw cell, or a cell of a type Gradbook does not know: text that is neither run
// nor rendered, kept where it was so that a notebook saved back loses nothing. Raw text can be
// edited in a plain editor; an unknown cell is shown as it is and saved back untouched.
import { createEditor, nameEditor, replaceText } from './editor.js';
import { cellActions } from './cell-actions.js';

const stay = () => {}; // the run keys have nothing to run here

export class RawCell {
  element = document.createElement('section');
  #source;
  #editor = null;

  /**
   * @param o { type: 'raw' | 'unknown', source, cellType, notebook } cellType: the file's
   *          cell_type, named on an unknown cell (notebook as for CodeCell)
   */
  constructor({ type, source, cellType, notebook }) {
    this.type = type;
    this.#source = source;
    this.element.className = `cell cell-raw cell-${type}`;
    this.element.setAttribute('role', 'group');
    this.element.tabIndex = -1; // command mode's focus (command-mode.js)
    const label = document.createElement('div');
    label.className = 'raw-label';
    label.textContent = type === 'raw'
      ? 'Raw cell: text kept as written, not run'
      : `A “${cellType}” cell, which Gradbook does not show: kept as it is in the file`;
    const body = document.createElement('div');
    body.className = 'cell-editor raw-body';
    if (type === 'raw') {
      this.#editor = createEditor({
        parent: body,
        root: notebook.root,
        doc: source,
        language: null,
        name: 'Raw text',
        keys: { run: stay, runAndAdvance: stay, runAndInsert: stay, leave: () => notebook.select(this) },
        onChange: () => notebook.changed(this),
      });
    } else {
      const pre = document.createElement('pre');
      pre.textContent = source;
      body.append(pre);
    }
    this.element.addEventListener('focusin', () => notebook.activate(this));
    this.element.append(cellActions((name) => notebook.action(this, name)), label, body);
  }

  get source() {
    return this.#editor ? this.#editor.state.doc.toString() : this.#source;
  }

  /** Only a raw cell's text changes: an unknown cell is not edited. */
  setSource(text) {
    if (this.#editor) replaceText(this.#editor, text);
  }

  focus() {
    this.#editor?.focus();
  }

  /** Names the cell (and its editor) by the cell's place in the notebook. */
  set number(n) {
    this.element.setAttribute('aria-label', `Cell ${n}, ${this.type === 'raw' ? 'raw text' : 'kept as it is'}`);
    if (this.#editor) nameEditor(this.#editor, `Cell ${n}: raw text`);
  }
}
