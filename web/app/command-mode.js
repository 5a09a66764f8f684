// Jupyter's command mode, for moving through a notebook from the keyboard: Escape in an editor
// leaves it and gives the focus to its cell; with a cell focused, ↑/↓ (or k/j) go to the cell
// before or after, Enter edits it, Shift+Enter runs a code cell and goes on to the next cell.
// Tab still moves from control to control as anywhere else on the page.

const MOVES = { ArrowUp: -1, k: -1, ArrowDown: 1, j: 1 };

/** Gives `cell` of `notebook` (notebook.js) the command-mode keys, for when it has the focus itself. */
export function commandKeys(notebook, cell) {
  cell.element.addEventListener('keydown', (event) => {
    if (event.target !== cell.element || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = notebook.cells.indexOf(cell);
    if (Object.hasOwn(MOVES, event.key) && !event.shiftKey) {
      notebook.cells[index + MOVES[event.key]]?.element.focus();
    } else if (event.key === 'Enter' && event.shiftKey) {
      if (cell.type === 'code') notebook.run(cell);
      notebook.cells[index + 1]?.element.focus();
    } else if (event.key === 'Enter') {
      if (cell.type === 'markdown') cell.edit();
      else cell.focus();
    } else {
      return;
    }
    event.preventDefault();
  });
}
