// One code cell: the editor, its Run button and prompt, and the output area below. The cell
// only shows state; CellRunner decides when it is queued, running and finished.
import { createEditor } from './editor.js';
import { OutputArea } from './output-area.js';

const RUN_ICON = '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2.5v11l9-5.5z"/></svg>';

export class CodeCell {
  element = document.createElement('section');
  #editor;
  #prompt = document.createElement('span');
  #outputs = new OutputArea();
  #count = null;

  /** onRun / onRunAndAdvance are called with this cell. */
  constructor({ source, onRun, onRunAndAdvance }) {
    this.element.className = 'cell cell-code';

    const runButton = document.createElement('button');
    runButton.type = 'button';
    runButton.className = 'run-button';
    runButton.title = 'Run (Shift+Enter)';
    runButton.setAttribute('aria-label', 'Run cell');
    runButton.innerHTML = RUN_ICON;
    runButton.addEventListener('click', () => onRun(this));

    this.#prompt.className = 'cell-prompt';
    const gutter = document.createElement('div');
    gutter.className = 'cell-gutter';
    gutter.append(runButton, this.#prompt);

    const editorHost = document.createElement('div');
    editorHost.className = 'cell-editor';
    const input = document.createElement('div');
    input.className = 'cell-input';
    input.append(gutter, editorHost);

    this.element.append(input, this.#outputs.element);
    this.#editor = createEditor({
      parent: editorHost,
      doc: source,
      onRun: () => onRun(this),
      onRunAndAdvance: () => onRunAndAdvance(this),
    });
    this.setState('idle');
  }

  get code() {
    return this.#editor.state.doc.toString();
  }

  focus() {
    this.#editor.focus();
  }

  /**
   * idle | queued | running | done | error. `count` is the execution number a run was given
   * when it started, shown as [n] and Out[n] like Jupyter's prompts.
   */
  setState(state, count = this.#count) {
    this.#count = count;
    this.element.dataset.state = state;
    const busy = state === 'queued' || state === 'running';
    this.#prompt.textContent = busy ? '[*]' : `[${count ?? ' '}]`;
    this.element.setAttribute('aria-busy', String(busy));
  }

  clearOutput() {
    this.#outputs.clear();
  }

  appendOutput(output) {
    this.#outputs.append(output, this.#count);
  }

  showError(error) {
    this.#outputs.showError(error);
  }
}
