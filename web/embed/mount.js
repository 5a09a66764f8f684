// Mounts a notebook into any element of any page: its own shadow root, a small toolbar (Run
// all, Stop, Restart and the runtime's state) and the app's Notebook, run by the page's shared
// runtime. Used by <gradbook-notebook>, embed.html and the JS API.
import { parseLesson } from '../lesson-format/index.mjs';
import { withRecordedOutputs } from '../lesson-format/recorded-outputs.mjs';
import { Notebook } from '../app/notebook.js';
import { lessonLinks } from '../app/lesson-links.js';
import { showRuntimeStatus } from '../app/runtime-status.js';
import { siteRoot } from '../app/site-assets.js';
import { shortcutHelp } from '../app/shortcut-help.js';
import { isolatedRoot } from './isolated-root.js';
import { whenStarted } from './page-runtime.js';
import { addBlock, restartPython, stopFrom } from './page-blocks.js';

/**
 * @param {Element} host
 * @param {{ src?: string | URL, cells?: (string | { type: 'code'|'markdown', source: string })[],
 *          lessonPage?: (file: string) => string | null, recorded?: object[][] }} options
 *        src: a lesson file (.ipynb or .md), relative to the page; or cells: code strings or cells.
 *        lessonPage: where a link to another lesson of src's folder goes (lesson-links.js); by
 *        default, for a lesson of this site's course, the site's notebook page.
 *        recorded: the outputs its code cells show until they run (see recorded-outputs.mjs)
 * @returns {Promise<MountedNotebook>}
 */
export async function mount(host, { src, cells, lessonPage, recorded = null } = {}) {
  const { root, loaded } = isolatedRoot(host);
  const toolbar = makeToolbar();
  const container = document.createElement('div');
  container.className = 'notebook';
  root.append(toolbar.element, container);
  toolbar.help.addEventListener('click', shortcutHelp(root, root));
  const lesson = src ? await fetchLesson(src, lessonPage) : { cells: (cells ?? []).map(asCell) };
  await loaded;
  const block = addBlock(lesson.title ? `the notebook “${lesson.title}”` : 'a notebook without a title');
  const notebook = new Notebook({
    container, cells: withRecordedOutputs(lesson.cells, recorded), runner: block.runner, links: lesson.links ?? null,
  });
  block.notebook = notebook;
  toolbar.wire(notebook, block);
  return new MountedNotebook(notebook, lesson.title ?? '');
}

/** What the JS API hands back for a mounted notebook. */
export class MountedNotebook {
  #notebook;
  constructor(notebook, title) {
    this.#notebook = notebook;
    this.title = title;
  }

  /** The code cells' current sources, in order. */
  get sources() {
    return this.#notebook.codeCells.map((cell) => cell.source);
  }

  /** Runs every code cell in order; resolves when all have finished. */
  async runAll() {
    await this.#notebook.runAll();
  }

  /** Runs code cell `index` (counting code cells only); resolves when it has finished. */
  async run(index) {
    await this.#notebook.run(this.#codeCell(index));
  }

  /** What code cell `index` shows: stream, result, display and error records. */
  outputs(index) {
    return this.#codeCell(index).outputs;
  }

  #codeCell(index) {
    const cell = this.#notebook.codeCells[index];
    if (!cell) throw new RangeError(`there is no code cell ${index}; the notebook has ${this.#notebook.codeCells.length}`);
    return cell;
  }
}

const asCell = (cell) => (typeof cell === 'string' ? { type: 'code', source: cell } : cell);

async function fetchLesson(src, lessonPage = coursePage(src)) {
  const url = new URL(src, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the lesson ${url} (HTTP ${response.status}).`);
  return { ...parseLesson(url.pathname, await response.text()), links: lessonLinks({ lesson: url, lessonPage }) };
}

// A lesson of this site's course has a page here; a lesson from anywhere else does not, so a
// link from it to another lesson stays a link to that file.
function coursePage(src) {
  const lessons = new URL('lessons/', siteRoot).href;
  if (new URL('./', new URL(src, document.baseURI)).href !== lessons) return () => null;
  return (file) => new URL(`index.html?lesson=${encodeURIComponent(file)}`, siteRoot).href;
}

function makeToolbar() {
  const element = document.createElement('div');
  element.className = 'embed-toolbar';
  const button = (label, title, className = 'button-quiet') => {
    const b = Object.assign(document.createElement('button'), { type: 'button', className, textContent: label, title });
    element.append(b);
    return b;
  };
  const runAll = button('Run all', 'Run every code cell', 'button-primary'); // in the host's --gradbook-accent
  const stop = button('Stop', 'Stop the running cell');
  const restart = button('Restart', 'Forget all variables and start Python afresh');
  const help = button('Shortcuts', 'Keyboard shortcuts (?)');
  help.setAttribute('aria-keyshortcuts', '?');
  const status = Object.assign(document.createElement('span'), { className: 'runtime-status', textContent: 'Python starts when a cell runs' });
  status.setAttribute('role', 'status');
  status.dataset.status = 'idle';
  element.append(status);
  // What a Stop took, said where it was pressed: the notebooks and code blocks of a page share
  // one Python, so a restart takes the variables of every block that ran.
  const notice = Object.assign(document.createElement('p'), { className: 'embed-notice' });
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  element.append(notice);
  // Run all waits for the lesson: pressed while it still loads, it would run no cell.
  runAll.disabled = stop.disabled = restart.disabled = true;

  // The runtime's state shows once something has started it (a run here or anywhere on the page).
  whenStarted((runtime) => {
    showRuntimeStatus(runtime, status);
    restart.disabled = false;
    runtime.addEventListener('activity', () => (stop.disabled = !runtime.busy));
  });
  return {
    element,
    help,
    wire(notebook, block) {
      runAll.addEventListener('click', () => notebook.runAll());
      runAll.disabled = false;
      stop.addEventListener('click', async () => {
        const text = stoppedNotice(await stopFrom(block));
        notice.textContent = text;
        notice.hidden = !text;
      });
      restart.addEventListener('click', restartPython);
    },
  };
}

function stoppedNotice({ how, lost }) {
  if (how === 'interrupted') return 'Stopped: the running cell was interrupted (KeyboardInterrupt). Variables are kept.';
  if (how !== 'restarted') return '';
  const restarted = 'Stopped by restarting Python: its variables are gone';
  if (!lost.length) return `${restarted}. Run the cells again.`;
  return `${restarted}, here and in the other blocks on this page that ran: ${lost.map((block) => block.label).join(', ')}. Run their cells again.`;
}
