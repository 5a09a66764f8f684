// The small toolbar every cell carries: move up, move down, add a cell below, delete.
const ACTIONS = [
  ['up', 'Move cell up', '↑'],
  ['down', 'Move cell down', '↓'],
  ['add-code', 'Add code cell below', '+ Code'],
  ['add-text', 'Add text cell below', '+ Text'],
  ['delete', 'Delete cell', '✕'],
];

/** @param onAction (name) => void, name one of up, down, add-code, add-text, delete */
export function cellActions(onAction) {
  const bar = document.createElement('div');
  bar.className = 'cell-actions';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Cell actions');
  for (const [name, label, glyph] of ACTIONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `cell-action cell-action-${name}`;
    button.title = label;
    button.setAttribute('aria-label', label);
    button.textContent = glyph;
    // Keep the editor's focus (and so the active cell) when a mouse presses the button.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => onAction(name));
    bar.append(button);
  }
  return bar;
}
