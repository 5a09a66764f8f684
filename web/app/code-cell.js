// One code cell: the editor with its Run button and [n] prompt, the cell's toolbar, and the
// outputs below. The cell only shows state; CellRunner decides when it is queued, running and
// finished, and the notebook handles the keys and actions that concern other cells.
import { createEditor, nameEditor, replaceText } from './editor.js';
import { showErrorLine } from './error-line.js';
import { cellActions } from './cell-actions.js';
import { OutputArea } from './output-area.js';
import { ExerciseBox } from './exercise-box.js';
import { InputPrompt } from './input-prompt.js';

const RUN_ICON = '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2.5v11l9-5.5z"/></svg>';

export class CodeCell {
  type = 'code';
  element = document.createElement('section');
  #editor;
  #prompt = document.createElement('span');
  #outputs = new OutputArea();
  #count = null;
  #question = null; // the InputPrompt open while input() waits

  /**
   * @param {object} o
   * @param {string} o.source
   * @param {object[]} [o.expected]  a notebook file's stored outputs, as output records
   * @param {object} [o.exercise]    the cell is an exercise (lesson-format/exercise.mjs)
   * @param {object} o.notebook      { root, run, runAndAdvance, runAndInsert, select, changed,
   *                                   action, activate, exerciseProgress }
   */
  constructor({ source, expected = [], exercise = null, notebook }) {
    this.element.className = 'cell cell-code';
    // The cell itself takes the focus in command mode (command-mode.js); Tab goes to its editor.
    this.element.setAttribute('role', 'group');
    this.element.tabIndex = -1;
    this.expected = expected;
    this.exercise = exercise && new ExerciseBox(exercise, this, notebook.exerciseProgress);

    const runButton = document.createElement('button');
    runButton.type = 'button';
    runButton.className = 'run-button';
    runButton.title = 'Run (Shift+Enter)';
    runButton.setAttribute('aria-label', 'Run cell');
    runButton.innerHTML = RUN_ICON;
    runButton.addEventListener('click', () => notebook.run(this));

    this.#prompt.className = 'cell-prompt';
    const gutter = document.createElement('div');
    gutter.className = 'cell-gutter';
    gutter.append(runButton, this.#prompt);

    const editorHost = document.createElement('div');
    editorHost.className = 'cell-editor';
    // Shown while the cell waits its turn: behind other cells, or for Python to finish starting.
    const queued = document.createElement('span');
    queued.className = 'cell-queued';
    queued.textContent = 'queued';
    editorHost.append(queued);
    const input = document.createElement('div');
    input.className = 'cell-input';
    input.append(gutter, editorHost);

    this.element.append(cellActions((name) => notebook.action(this, name)), input, this.#outputs.element);
    if (this.exercise) {
      this.element.classList.add('cell-exercise');
      input.before(this.exercise.bar);
      this.element.append(this.exercise.panel);
    }
    this.element.addEventListener('focusin', () => notebook.activate(this));
    this.#editor = createEditor({
      parent: editorHost,
      root: notebook.root,
      doc: source,
      keys: {
        run: () => notebook.run(this),
        runAndAdvance: () => notebook.runAndAdvance(this),
        runAndInsert: () => notebook.runAndInsert(this),
        leave: () => notebook.select(this),
      },
      onChange: () => notebook.changed(this),
    });
    this.#outputs.showExpected(expected);
    this.setState('idle');
  }

  get source() {
    return this.#editor.state.doc.toString();
  }

  setSource(text) {
    replaceText(this.#editor, text);
  }

  /** The execution count of the latest run (null before any). */
  get executionCount() {
    return this.#count;
  }

  /** What the outputs show, as records (see OutputArea); drawings also as SVG. */
  get outputs() {
    return this.#outputs.exportRecords();
  }

  /** Edits the code: the editor takes the focus. */
  focus() {
    this.#editor.focus();
  }

  /** Names the cell and its editor by the cell's place in the notebook (1 for the first). */
  set number(n) {
    this.element.setAttribute('aria-label', `Cell ${n}, code`);
    nameEditor(this.#editor, `Cell ${n}: Python code`);
  }

  /**
   * idle | queued | running | done | error. `count` is the execution number a run was given
   * when it started, shown as [n] and Out[n] like Jupyter's prompts.
   */
  setState(state, count = this.#count) {
    this.#count = count;
    this.element.dataset.state = state;
    if (state !== 'running') this.#question?.close();
    const busy = state === 'queued' || state === 'running';
    this.#prompt.textContent = busy ? '[*]' : `[${count ?? ' '}]`;
    // A running cell is not aria-busy: screen readers would hold back its live output until the end.
    this.element.setAttribute('aria-busy', String(state === 'queued'));
    this.#outputs.live = state === 'running';
  }

  clearOutput() {
    this.#outputs.clear();
    showErrorLine(this.#editor, null);
  }

  /** Marks the outputs as left from an interpreter that has stopped since. */
  markStale() {
    this.#outputs.markStale();
  }

  /** @param output a worker `output` message payload */
  appendOutput(output) {
    this.#outputs.append(output.kind === 'result' ? { ...output, count: this.#count } : output);
  }

  /**
   * input(prompt): asks in a field under the outputs; resolves with the line sent, or null if the
   * cell stopped first. The prompt and the answer then join the outputs, as in a terminal.
   */
  async ask(prompt) {
    const question = new InputPrompt(prompt);
    this.#question = question;
    this.#outputs.element.after(question.element);
    question.field.focus();
    const text = await question.answered;
    if (this.#question === question) this.#question = null;
    if (text !== null) this.appendOutput({ kind: 'stream', name: 'stdout', text: `${prompt}${text}\n` });
    return text;
  }

  /** Shows a Python error's traceback and marks the failing line of this cell's code. */
  showError(error) {
    this.#outputs.append({ kind: 'error', ...error });
    if (error.lineno) showErrorLine(this.#editor, error.lineno);
  }
}
