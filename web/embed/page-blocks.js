// The blocks of one host page that run in its one shared runtime (page-runtime.js): each
// <gradbook-notebook> (or mounted notebook) and each upgraded code block. They share Python's
// variables, so when Stop has to restart Python, every block that had run loses its state, not
// only the one whose Stop was pressed; this list lets that block say which others did.
import { pageRuntime } from './page-runtime.js';

const blocks = [];

/**
 * Registers a block; `label` names it for the learner. Returns the block, whose `runner` runs its
 * cells in the page's runtime (started at the first run); set its `notebook` once made.
 */
export function addBlock(label) {
  const block = { label, notebook: null, ran: false };
  block.runner = {
    run(cell) {
      block.ran = true;
      return pageRuntime().runner.run(cell);
    },
    // A live control asks for the runtime itself (runtime-request.js), starting it if need be.
    get runtime() {
      return pageRuntime().runtime;
    },
  };
  blocks.push(block);
  return block;
}

/** "code block 2 (x = torch.ones(3))": a code block by its place among the page's blocks and its first line. */
export function codeBlockLabel(source) {
  const first = source.split('\n').find((line) => line.trim())?.trim() ?? '';
  const number = blocks.filter((block) => block.label.startsWith('code block')).length + 1;
  const shown = first.length > 40 ? `${first.slice(0, 39)}…` : first;
  return shown ? `code block ${number} (${shown})` : `code block ${number}`;
}

/**
 * Stops the running cell from `block`'s toolbar. Resolves with what it took (RuntimeClient.stop)
 * and, when Python was restarted, the other blocks that had run and lost their variables; their
 * outputs are marked stale.
 */
export async function stopFrom(block) {
  const ran = blocks.filter((other) => other.ran);
  const how = await pageRuntime().runtime.stop();
  if (how !== 'restarted') return { how, lost: [] };
  const lost = ran.filter((other) => other !== block);
  for (const other of lost) for (const cell of other.notebook?.codeCells ?? []) cell.markStale();
  forgetRuns();
  return { how, lost };
}

/** Restarts the page's Python (a toolbar's Restart): every block's variables go. */
export function restartPython() {
  pageRuntime().runtime.restart();
  forgetRuns();
}

// A fresh Python: no block has run in it yet.
function forgetRuns() {
  for (const block of blocks) block.ran = false;
}
