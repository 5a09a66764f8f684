// Lays a lesson out as a notebook: rendered prose between runnable code cells, in lesson order.
import { renderMarkdown } from './markdown.js';
import { CodeCell } from './code-cell.js';

export class Notebook {
  #runner;
  #codeCells = [];

  /** @param lesson { title, cells } from parseMarkdownLesson; @param runner a CellRunner */
  constructor({ container, lesson, runner }) {
    this.#runner = runner;
    const elements = lesson.cells.map((cell) => (cell.type === 'code' ? this.#codeCell(cell) : proseCell(cell)));
    container.replaceChildren(...elements);
  }

  runAll() {
    for (const cell of this.#codeCells) this.#runner.run(cell);
  }

  #codeCell({ source }) {
    const cell = new CodeCell({
      source,
      onRun: (c) => this.#runner.run(c),
      onRunAndAdvance: (c) => this.#runAndAdvance(c),
    });
    this.#codeCells.push(cell);
    return cell.element;
  }

  // Shift+Enter, as in Jupyter: run this cell and carry on typing in the next one.
  #runAndAdvance(cell) {
    this.#runner.run(cell);
    this.#codeCells[this.#codeCells.indexOf(cell) + 1]?.focus();
  }
}

function proseCell({ source }) {
  const element = document.createElement('section');
  element.className = 'cell cell-markdown';
  element.innerHTML = renderMarkdown(source);
  return element;
}
