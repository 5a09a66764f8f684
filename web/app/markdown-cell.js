// A text cell: rendered Markdown, which turns into its source in an editor on double-click (or
// Enter when focused) and back into prose with Shift+Enter, Ctrl/Cmd+Enter or leaving it.
import { createEditor, replaceText } from './editor.js';
import { cellActions } from './cell-actions.js';
import { renderMarkdown } from './markdown.js';

export class MarkdownCell {
  type = 'markdown';
  element = document.createElement('section');
  #source;
  #view = document.createElement('div');
  #editor = null;

  /** @param o { source, attachments, notebook } (notebook as for CodeCell) */
  constructor({ source, attachments = null, notebook }) {
    this.#source = source;
    this.attachments = attachments;
    this.notebook = notebook;
    this.element.className = 'cell cell-markdown';
    this.#view.className = 'markdown-body';
    this.#view.tabIndex = 0;
    this.#view.title = 'Double-click to edit';
    this.#view.addEventListener('dblclick', () => this.edit());
    this.#view.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target === this.#view) {
        event.preventDefault();
        this.edit();
      }
    });
    this.element.addEventListener('focusin', () => notebook.activate(this));
    this.element.append(cellActions((name) => notebook.action(this, name)), this.#view);
    this.#render();
  }

  get source() {
    return this.#editor ? this.#editor.state.doc.toString() : this.#source;
  }

  setSource(text) {
    if (this.#editor) return replaceText(this.#editor, text);
    this.#source = text;
    this.#render();
  }

  focus() {
    (this.#editor ?? this.#view).focus();
  }

  edit() {
    if (this.#editor) return this.#editor.focus();
    const host = document.createElement('div');
    host.className = 'cell-editor markdown-editor';
    const done = () => this.#finishEditing();
    this.#editor = createEditor({
      parent: host,
      root: this.notebook.root,
      doc: this.#source,
      language: 'markdown',
      label: 'Markdown text',
      keys: { run: done, runAndAdvance: done, runAndInsert: done },
      onChange: () => this.notebook.changed(this),
    });
    this.#editor.contentDOM.addEventListener('blur', () => setTimeout(() => {
      if (this.#editor && !host.contains(host.getRootNode().activeElement)) this.#finishEditing({ focus: false });
    }));
    this.#view.replaceWith(host);
    this.#editor.focus();
  }

  #finishEditing({ focus = true } = {}) {
    if (!this.#editor) return;
    this.#source = this.#editor.state.doc.toString();
    const host = this.#editor.dom.parentElement;
    this.#editor.destroy();
    this.#editor = null;
    this.#render();
    host.replaceWith(this.#view);
    if (focus) this.#view.focus();
  }

  #render() {
    this.#view.innerHTML = renderMarkdown(this.#source, this.attachments);
    this.notebook.links?.(this.#view);
  }
}
