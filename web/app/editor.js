// A cell's editor: CodeMirror 6 with Python (or Markdown) highlighting, bracket matching and
// indentation, plus the notebook's run keys, which must win over CodeMirror's own Enter bindings:
//   Shift+Enter  run, go to the next cell     Ctrl/Cmd+Enter  run, stay     Alt+Enter  run, insert below
//   Escape       leave the editor for its cell (the notebook's command mode: command-mode.js)
import { EditorView, minimalSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Compartment, Prec } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';
import { python } from '@codemirror/lang-python';
import { markdown } from '@codemirror/lang-markdown';
import { errorLine } from './error-line.js';

const LANGUAGES = { python, markdown };
const label = new Compartment(); // the editor's accessible name, which changes as cells move

/**
 * @param {object} o
 * @param {'python'|'markdown'|null} o.language  null: plain text
 * @param {{ runAndAdvance, run, runAndInsert, leave }} o.keys  handlers for the three run keys and Escape
 * @param {() => void} [o.onChange]  called after every edit
 * @param {Document|ShadowRoot} [o.root]  where the editor will live, if not in the document
 *        (CodeMirror puts its styles there)
 * @returns {EditorView}
 */
export function createEditor({ parent, root, doc, language = 'python', keys, onChange = () => {}, name = 'Python code' }) {
  const runKeys = keymap.of([
    { key: 'Shift-Enter', run: () => (keys.runAndAdvance(), true) },
    { key: 'Mod-Enter', run: () => (keys.run(), true) },
    { key: 'Alt-Enter', run: () => (keys.runAndInsert(), true) },
    { key: 'Escape', run: () => (keys.leave(), true) },
  ]);
  return new EditorView({
    parent,
    root,
    doc,
    extensions: [
      Prec.highest(runKeys),
      minimalSetup,
      language ? LANGUAGES[language]() : [],
      syntaxHighlighting(classHighlighter), // the same tok-* classes as code in prose
      bracketMatching(),
      indentOnInput(),
      // Python needs Tab for indentation: Escape leaves the editor for its cell, then Tab moves on.
      keymap.of([indentWithTab]),
      EditorView.lineWrapping,
      errorLine,
      EditorView.updateListener.of((update) => update.docChanged && onChange()),
      label.of(EditorView.contentAttributes.of({ 'aria-label': name })),
    ],
  });
}

/** Names the editor for screen readers (as "Cell 3: Python code"). */
export function nameEditor(view, name) {
  view.dispatch({ effects: label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': name })) });
}

/** Replaces everything an editor holds with `text`. */
export function replaceText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
