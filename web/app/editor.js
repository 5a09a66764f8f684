// A cell's editor: CodeMirror 6 with Python (or Markdown) highlighting, bracket matching and
// indentation, plus the notebook's run keys, which must win over CodeMirror's own Enter bindings:
//   Shift+Enter  run, go to the next cell     Ctrl/Cmd+Enter  run, stay     Alt+Enter  run, insert below
import { EditorView, minimalSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';
import { python } from '@codemirror/lang-python';
import { markdown } from '@codemirror/lang-markdown';
import { errorLine } from './error-line.js';

const LANGUAGES = { python, markdown };

/**
 * @param {object} o
 * @param {'python'|'markdown'|null} o.language  null: plain text
 * @param {{ runAndAdvance, run, runAndInsert }} o.keys  handlers for the three run keys
 * @param {() => void} [o.onChange]  called after every edit
 * @param {Document|ShadowRoot} [o.root]  where the editor will live, if not in the document
 *        (CodeMirror puts its styles there)
 * @returns {EditorView}
 */
export function createEditor({ parent, root, doc, language = 'python', keys, onChange = () => {}, label = 'Python code' }) {
  const runKeys = keymap.of([
    { key: 'Shift-Enter', run: () => (keys.runAndAdvance(), true) },
    { key: 'Mod-Enter', run: () => (keys.run(), true) },
    { key: 'Alt-Enter', run: () => (keys.runAndInsert(), true) },
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
      // Python needs Tab for indentation; CodeMirror lets Escape then Tab leave the editor.
      keymap.of([indentWithTab]),
      EditorView.lineWrapping,
      errorLine,
      EditorView.updateListener.of((update) => update.docChanged && onChange()),
      EditorView.contentAttributes.of({ 'aria-label': label }),
    ],
  });
}

/** Replaces everything an editor holds with `text`. */
export function replaceText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
