// Marks the line of a cell where its error was raised, until the code is edited.
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';

const setErrorLine = StateEffect.define(); // value: a 1-based line number, or null to clear
const mark = Decoration.line({ class: 'cm-error-line' });

export const errorLine = StateField.define({
  create: () => Decoration.none,
  update(decorations, transaction) {
    if (transaction.docChanged) return Decoration.none;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const n = effect.value;
      if (!n || n > transaction.state.doc.lines) return Decoration.none;
      return Decoration.set([mark.range(transaction.state.doc.line(n).from)]);
    }
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Highlights line `lineno` (1-based) of the editor's code; null clears it. */
export function showErrorLine(view, lineno) {
  view.dispatch({ effects: setErrorLine.of(lineno ?? null) });
}
