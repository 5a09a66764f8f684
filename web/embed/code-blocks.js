// Upgrades code blocks on an ordinary page into runnable cells, in place (the convention of
// Thebe and Klipse): each <pre data-gradbook><code class="language-python">…</code></pre>
// becomes an editable cell with its outputs below it, and every block on the page runs in the
// page's one Python runtime, so they share variables like the cells of one notebook.
import { Notebook } from '../app/notebook.js';
import { shortcutHelp } from '../app/shortcut-help.js';
import { isolatedRoot } from './isolated-root.js';
import { addBlock, codeBlockLabel } from './page-blocks.js';

const CODE_BLOCKS = 'pre[data-gradbook]';

/** Upgrades every block under `scope` not upgraded yet; resolves with their notebooks. */
export function upgradeCodeBlocks(scope = document) {
  return Promise.all([...scope.querySelectorAll(CODE_BLOCKS)].map(upgradeBlock));
}

async function upgradeBlock(pre) {
  // Shadow roots cannot be attached to <pre>, so a <div> takes its place.
  const host = document.createElement('div');
  host.className = 'gradbook-cell';
  const source = pre.textContent.replace(/\n$/, '');
  keepTheme(pre, host);
  pre.replaceWith(host);
  const { root, loaded } = isolatedRoot(host);
  const container = document.createElement('div');
  container.className = 'notebook';
  root.append(container);
  const block = addBlock(codeBlockLabel(source));
  shortcutHelp(root, root); // on ? within the block
  await loaded;
  block.notebook = new Notebook({ container, cells: [{ type: 'code', source }], runner: block.runner, fixedCells: true });
  return block.notebook;
}

// The look the host page gave this one block (--gradbook-* variables or a color-scheme, inline
// or from its style sheets) stays with it: the values that differ from those around it are set
// on the element that takes its place.
function keepTheme(pre, host) {
  const own = getComputedStyle(pre);
  const around = getComputedStyle(pre.parentElement);
  const names = [...own].filter((name) => name.startsWith('--gradbook-')).concat('color-scheme');
  for (const name of names) {
    const value = own.getPropertyValue(name);
    if (value !== around.getPropertyValue(name)) host.style.setProperty(name, value);
  }
}
