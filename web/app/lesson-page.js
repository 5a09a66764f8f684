// The lesson page: starts Python at once (it takes seconds), lays the lesson out as a notebook
// (with the learner's saved edits, if any) with its table of contents and, in a course, links to
// the lessons before and after it, and wires the toolbar: run all / above, stop, restart, clear
// outputs, download as .ipynb, export as HTML, copy a link with the code, reset to the original.
import { RuntimeClient } from '../runtime/client.mjs';
import { serializeNotebook } from '../lesson-format/ipynb.mjs';
import { keepRecordedOutputs } from '../lesson-format/recorded-outputs.mjs';
import { CellRunner } from './cell-runner.js';
import { Notebook, withIds } from './notebook.js';
import { showRuntimeStatus } from './runtime-status.js';
import { showRuntimeProgress } from './runtime-progress.js';
import { LessonContents } from './lesson-contents.js';
import { lessonNavigation } from './lesson-nav.js';
import { showNotice } from './notice.js';
import { siteAssets } from './site-assets.js';
import { mergeCells, same } from './merge-cells.js';
import { download } from './download.js';
import { exportNotebook } from './export-html.js';
import { LessonProgress } from './exercise-progress.js';
import { showLessonExercises } from './exercise-summary.js';
import { leaveSharedVersion, setUpSharing } from './share-page.js';
import { forgetEdits, hasEdits, loadEdits, namesakes, saveEdits, watchEdits } from './storage.js';

const SAVE_DELAY_MS = 300;
const $ = (id) => document.getElementById(id);

/** @param lesson { id, name, title, cells, metadata?, key?, files?, links?, course? } from course.js */
export function showLesson(lesson, container) {
  document.title = `${lesson.title} · Gradbook`;
  const runtime = new RuntimeClient(siteAssets, { lessonFiles: lesson.files ?? null });
  showRuntimeStatus(runtime, $('runtime-status'));
  const runner = new CellRunner(runtime);
  const exerciseProgress = new LessonProgress(lesson.id, lesson.title);
  const contents = new LessonContents();
  const progress = Object.assign(document.createElement('div'), { id: 'runtime-progress' });
  progress.setAttribute('role', 'status');
  showRuntimeProgress(runtime, progress);
  container.before(contents.element, progress);
  if (lesson.course) {
    const { top, bottom } = lessonNavigation(lesson.name, lesson.course);
    container.before(top);
    container.after(bottom);
  }

  let notebook;
  let viewingShared = false; // a shared link's code is shown: nothing is saved (share-page.js)
  let base; // the cells this tab and the stored edits last had in common (see merge-cells.js)
  const build = (cells, stored = null) => {
    notebook = new Notebook({ container, cells, runner, links: lesson.links ?? null, exerciseProgress });
    notebook.addEventListener('change', scheduleSave);
    base = stored ?? notebook.snapshot();
    contents.show(notebook);
  };

  // Another tab on this lesson saved its edits: they join this tab's, cell by cell.
  const takeIn = (theirs) => {
    const ours = notebook.snapshot();
    const { cells, conflicts } = mergeCells(base, ours, theirs);
    base = theirs;
    $('reset-lesson').disabled = false;
    if (same(cells, ours)) return;
    notebook.replaceCells(cells);
    if (conflicts.length) {
      showNotice('This lesson was edited in another tab too, in the same cell as here: both versions are kept, the other tab’s just below.', { kind: 'warning', tag: 'edited-elsewhere' });
    } else {
      showNotice('Edits made to this lesson in another tab are shown here too.', { tag: 'edited-elsewhere' });
    }
  };

  let saveTimer = null;
  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = null;
    // Another tab may have saved since this one last heard of it.
    const stored = loadEdits(lesson.id);
    if (stored && !same(withIds(stored), base)) takeIn(withIds(stored));
    const snapshot = notebook.snapshot();
    const problem = saveEdits(lesson.id, snapshot);
    if (problem) showNotice(`Your edits could not be saved: ${problem}.`, { kind: 'warning', tag: 'save-failed' });
    else base = snapshot;
    $('reset-lesson').disabled = false;
  };
  const scheduleSave = () => {
    if (viewingShared) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  };
  // Edits typed just before the page goes away are written at once.
  addEventListener('pagehide', () => saveTimer && save());

  // Stored edits show the recorded outputs of the code cells they left as they were; what this
  // tab and the stored edits have in common is still the edits as stored.
  const buildLearnersCopy = () => {
    const edits = loadEdits(lesson.id);
    if (edits) build(keepRecordedOutputs(withIds(edits), withIds(lesson.cells)), withIds(edits));
    else build(lesson.cells);
  };
  buildLearnersCopy();
  $('reset-lesson').disabled = !hasEdits(lesson.id);
  showLessonExercises({
    exercises: lesson.cells.filter((cell) => cell.exercise).map((cell) => cell.exercise.id),
    progress: exerciseProgress,
    container,
    cellOf: (id) => notebook.codeCells.find((cell) => cell.exercise?.parts.id === id),
  });
  watchEdits(lesson.id, (stored) => {
    if (viewingShared) return; // the learner's copy is read again when they go back to it
    if (stored) {
      const theirs = withIds(stored);
      takeIn(theirs);
      if (!same(notebook.snapshot(), theirs)) scheduleSave(); // this tab has edits of its own
      return;
    }
    clearTimeout(saveTimer);
    saveTimer = null;
    build(lesson.cells);
    $('reset-lesson').disabled = true;
    showNotice('The lesson was reset to its original text in another tab.', { tag: 'reset' });
  });
  if (lesson.key) offerNamesakes(lesson);

  $('run-all').addEventListener('click', () => notebook.runAll());
  $('run-above').addEventListener('click', () => notebook.runAbove());
  $('clear-outputs').addEventListener('click', () => notebook.clearOutputs());
  $('restart').addEventListener('click', () => {
    runtime.restart();
    showNotice('Python was restarted: every variable is gone. Your edits are kept.', { tag: 'restarted' });
  });
  $('stop').addEventListener('click', async () => {
    const how = await runtime.stop();
    if (how === 'interrupted') {
      showNotice('Stopped: the running cell was interrupted (KeyboardInterrupt). Variables are kept.', { tag: 'interrupted' });
    } else if (how === 'restarted') {
      const why = runtime.canInterrupt
        ? 'the cell did not respond to the interrupt'
        : 'this page is not cross-origin isolated, so a running cell cannot be interrupted';
      showNotice(`Stopped by restarting Python (${why}): variables are gone, your edits are kept.`, { kind: 'warning', tag: 'restarted' });
    }
  });
  const stop = $('stop');
  runtime.addEventListener('activity', () => (stop.disabled = !runtime.busy));
  $('download-ipynb').addEventListener('click', () => {
    closeMenu();
    download(`${lesson.name.replace(/\.(md|markdown|ipynb)$/i, '')}.ipynb`, notebookFile(notebook, lesson), 'application/x-ipynb+json');
  });
  $('export-html').addEventListener('click', async () => {
    closeMenu();
    try {
      const page = await exportNotebook(notebook, lesson, { shared: viewingShared });
      download(`${lesson.name.replace(/\.(md|markdown|ipynb)$/i, '')}.html`, page, 'text/html');
    } catch (error) {
      showNotice(`The notebook could not be exported as HTML: ${error.message}.`, { kind: 'warning', tag: 'export-failed' });
    }
  });
  $('reset-lesson').addEventListener('click', () => {
    closeMenu();
    if (!confirm('Throw away your edits to this lesson and go back to the original text?')) return;
    clearTimeout(saveTimer);
    saveTimer = null;
    forgetEdits(lesson.id);
    viewingShared = false;
    leaveSharedVersion();
    build(lesson.cells);
    $('reset-lesson').disabled = true;
    showNotice('The lesson is back to its original text.', { tag: 'reset' });
  });
  for (const id of ['run-all', 'run-above']) $(id).disabled = false;
  setUpSharing({
    lesson,
    copyButton: $('copy-link'),
    notebook: () => notebook,
    show: (cells) => {
      if (saveTimer) save(); // the learner's last edits are kept before their copy is hidden
      viewingShared = true;
      build(cells);
    },
    back: () => {
      viewingShared = false;
      buildLearnersCopy();
    },
    // Replaces the learner's copy with what is shown (not merged with it, as save() would).
    keep: () => {
      viewingShared = false;
      const snapshot = notebook.snapshot();
      const problem = saveEdits(lesson.id, snapshot);
      if (!problem) base = snapshot;
      $('reset-lesson').disabled = false;
      return problem;
    },
  });
}

// A different file opened before under the same name is kept too, with its edits: offer it.
function offerNamesakes({ name, key }) {
  const others = namesakes(name, key);
  if (!others.length) return;
  const message = document.createElement('span');
  message.append(`Another file named “${name}” was opened here before; it is kept, with your edits: `);
  others.forEach(({ key: other, openedAt }, i) => {
    const label = others.length === 1 ? 'open it' : `the one opened ${new Date(openedAt).toLocaleString()}`;
    message.append(i ? ', ' : '', Object.assign(document.createElement('a'), { href: `?file=${other}`, textContent: label }));
  });
  showNotice(message, { tag: 'namesake' });
}

function notebookFile(notebook, { title, metadata }) {
  const snapshot = notebook.snapshot();
  const cells = notebook.cells.map((cell, i) => {
    const { expected, ...saved } = snapshot[i];
    if (cell.type !== 'code') return saved;
    const ran = cell.outputs.length > 0 || cell.executionCount !== null;
    return { ...saved, outputs: ran ? cell.outputs : expected ?? [], executionCount: cell.executionCount };
  });
  return serializeNotebook(cells, { title, metadata });
}

function closeMenu() {
  $('file-menu').open = false;
}
