// The code editor of a cell: CodeMirror 6 with Python highlighting and indentation, plus the
// notebook's run keys, which must win over CodeMirror's own Enter bindings.
import { EditorView, minimalSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { python } from '@codemirror/lang-python';

/** @returns {EditorView} */
export function createEditor({ parent, doc, onRun, onRunAndAdvance }) {
  const runKeys = keymap.of([
    { key: 'Shift-Enter', run: () => (onRunAndAdvance(), true) },
    { key: 'Mod-Enter', run: () => (onRun(), true) },
  ]);
  return new EditorView({
    parent,
    doc,
    extensions: [
      Prec.highest(runKeys),
      minimalSetup,
      python(),
      bracketMatching(),
      indentOnInput(),
      // Python needs Tab for indentation; CodeMirror lets Escape then Tab leave the editor.
      keymap.of([indentWithTab]),
      EditorView.contentAttributes.of({ 'aria-label': 'Python code' }),
    ],
  });
}
