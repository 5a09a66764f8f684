// A text cell: rendered Markdown, which turns into its source in an editor on double-click (or
// Enter when the cell has the focus: see command-mode.js) and back into prose with Shift+Enter,
// Ctrl/Cmd+Enter, Escape or leaving it. The cell is an article in the page's tab order, named
// by its place in the notebook.
import { createEditor, nameEditor, replaceText } from './editor.js';
import { cellActions } from './cell-actions.js';
import { renderMarkdown } from './markdown.js';
import { keepPicturesReadable } from './prose-pictures.js';
import { keyboardScrollable } from './scroll-focus.js';

export class MarkdownCell {
  type = 'markdown';
  element = document.createElement('article');
  #source;
  #view = document.createElement('div');
  #editor = null;
  #number = null;

  /** @param o { source, attachments, notebook } (notebook as for CodeCell) */
  constructor({ source, attachments = null, notebook }) {
    this.#source = source;
    this.attachments = attachments;
    this.notebook = notebook;
    this.element.className = 'cell cell-markdown';
    this.element.tabIndex = 0;
    this.#view.className = 'markdown-body';
    this.#view.title = 'Double-click to edit';
    this.#view.addEventListener('dblclick', () => this.edit());
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
    (this.#editor ?? this.element).focus();
  }

  /** Names the cell (and its editor, while it is edited) by its place in the notebook. */
  set number(n) {
    this.#number = n;
    this.element.setAttribute('aria-label', `Cell ${n}, text`);
    if (this.#editor) nameEditor(this.#editor, this.#editorName());
  }

  #editorName() {
    return this.#number ? `Cell ${this.#number}: Markdown text` : 'Markdown text';
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
      name: this.#editorName(),
      keys: { run: done, runAndAdvance: done, runAndInsert: done, leave: done },
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
    if (focus) this.element.focus();
  }

  #render() {
    this.#view.innerHTML = renderMarkdown(this.#source, this.attachments);
    this.notebook.links?.(this.#view);
    keepPicturesReadable(this.#view);
    keyboardScrollable(this.#view);
  }
}
