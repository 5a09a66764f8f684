// The keyboard shortcuts, in a dialog: opened with ? anywhere outside an editor (and from a
// menu item or button), closed with Escape. It says how to leave an editor too, since Tab
// indents code there: Escape, then Tab.

// Each shortcut: its alternatives (each a few keys pressed one after another or together) and what it does.
const SECTIONS = [
  ['In an editor', [
    [['Shift+Enter'], 'Run the cell and go to the next one'],
    [['Ctrl+Enter', '⌘+Enter'], 'Run the cell and stay in it'],
    [['Alt+Enter'], 'Run the cell and add a code cell below'],
    [['Tab'], 'Indent the line (Shift+Tab: unindent)'],
    [['Escape'], 'Leave the editor: its cell is selected. Then Tab goes on to the next control'],
  ]],
  ['With a cell selected (after Escape)', [
    [['↑ ↓', 'K J'], 'Select the cell above or below'],
    [['Enter'], 'Edit the cell'],
    [['Shift+Enter'], 'Run the cell and select the next one'],
  ]],
  ['Anywhere else', [
    [['?'], 'Show these shortcuts'],
    [['↑ ↓'], 'In a menu: move through its items; Escape closes it'],
  ]],
];

/**
 * Adds the dialog to `parent` and opens it on ? pressed within `root` (the document or an
 * embedded notebook's shadow root). Returns a function that opens it.
 */
export function shortcutHelp(root, parent) {
  const dialog = document.createElement('dialog');
  dialog.className = 'shortcut-help';
  const heading = document.createElement('h2');
  heading.textContent = 'Keyboard shortcuts';
  heading.id = `shortcut-help-${++dialogs}`;
  heading.tabIndex = -1; // it takes the focus on opening, so a small screen shows the dialog from its top
  dialog.setAttribute('aria-labelledby', heading.id);
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'button-quiet', textContent: 'Close' });
  close.addEventListener('click', () => dialog.close());
  dialog.append(heading, ...SECTIONS.flatMap(section), close);
  parent.append(dialog);

  let opener = null;
  const open = () => {
    if (dialog.open) return;
    opener = root.activeElement;
    dialog.showModal();
    heading.focus();
  };
  dialog.addEventListener('close', () => opener?.focus());
  root.addEventListener('keydown', (event) => {
    if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
    event.preventDefault();
    open();
  });
  return open;
}

let dialogs = 0; // each dialog's heading gets its own id

function section([title, keys]) {
  const heading = document.createElement('h3');
  heading.textContent = title;
  const list = document.createElement('dl');
  for (const [key, what] of keys) {
    const term = document.createElement('dt');
    key.forEach((alternative, i) => {
      if (i) term.append(i === key.length - 1 ? ' or ' : ', ');
      alternative.split(' ').forEach((name, j) => term.append(j ? ' ' : '', kbd(name)));
    });
    const definition = document.createElement('dd');
    definition.textContent = what;
    list.append(term, definition);
  }
  return [heading, list];
}

function kbd(text) {
  const element = document.createElement('kbd');
  element.textContent = text;
  return element;
}

// A ? typed into an editor or a form field is text.
function typing(event) {
  const target = event.composedPath()[0];
  return target instanceof Element && Boolean(target.closest('.cm-editor, input, textarea, select, [contenteditable]:not([contenteditable="false"])'));
}
