// File › Export as HTML: the notebook as the learner sees it, as one standalone page to print or
// hand in (notebook-html.js builds it). Text cells are rendered as on the page, with the lesson's
// images inlined; each code cell's outputs are taken as the page shows them (a graph or plot as
// the SVG it drew, a step-through graph at the step shown); the whole body is sanitized once more
// with no control left in it (nothing in the page can be clicked into doing anything), and the
// styles it needs come from the page's own sheets (export-styles.js).
import DOMPurify from 'dompurify';
import './exported-notebook.css';
import { renderMarkdown } from './markdown.js';
import { exportedPage, notebookBody } from './notebook-html.js';
import { dataURL, stylesFor } from './export-styles.js';

// The page's markup was sanitized when it was shown (markdown.js, render-bundle.js), inline CSS
// included; this pass keeps that CSS and removes what is only good in a live page: controls
// (with their labels), and anything that could load or run something.
const purifier = DOMPurify(window);
const CONFIG = {
  FORBID_TAGS: ['style', 'form', 'button', 'input', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'dialog', 'template'],
  ADD_FORBID_CONTENTS: ['annotation', 'button', 'select', 'textarea'],
  FORBID_ATTR: ['tabindex', 'contenteditable', 'autofocus', 'aria-live'],
};

/**
 * The notebook's page, as HTML text. lesson: { title, name }; shared: the notebook shows a
 * shared version, not the learner's own copy.
 */
export async function exportNotebook(notebook, { title, name }, { shared = false } = {}) {
  const cells = notebook.cells.map((cell) => describe(cell, notebook));
  const body = purifier.sanitize(notebookBody(cells, { markdown: (source) => renderMarkdown(source) }), { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  await inlineImages(body);
  const holder = document.createElement('div');
  holder.append(body);
  const page = {
    title, lessonName: name, date: new Date(), body: holder.innerHTML,
    note: shared ? 'This is a shared version of the lesson, opened from a link: not the learner’s own copy.' : null,
  };
  // The styles are picked by what the finished page holds, parsed where nothing in it runs or loads.
  const parsed = new DOMParser().parseFromString(exportedPage({ ...page, css: '' }), 'text/html');
  return exportedPage({ ...page, css: await stylesFor(parsed) });
}

function describe(cell, notebook) {
  if (cell.type === 'markdown') {
    const view = document.createElement('div');
    view.innerHTML = renderMarkdown(cell.source, cell.attachments);
    notebook.links?.(view);
    return { type: 'markdown', html: view.innerHTML };
  }
  if (cell.type !== 'code') {
    return { type: cell.type, source: cell.source, label: cell.element.querySelector('.raw-label')?.textContent ?? '' };
  }
  const area = cell.element.querySelector(':scope > .cell-output');
  return {
    type: 'code',
    source: cell.source,
    count: cell.executionCount,
    outputs: [...area.querySelectorAll(':scope > .output')].map(outputOf).filter(Boolean),
    recorded: area.classList.contains('expected'),
    stale: area.classList.contains('stale'),
    exercise: cell.exercise ? { parts: cell.exercise.parts, ...cell.exercise.shown } : null,
  };
}

// One output block as output-area.js drew it.
function outputOf(block) {
  if (block.classList.contains('output-blank')) return null;
  if (block.classList.contains('output-stream')) {
    return { kind: 'stream', name: block.classList.contains('output-stderr') ? 'stderr' : 'stdout', text: block.textContent };
  }
  if (block.classList.contains('output-error')) return { kind: 'error', text: block.textContent };
  return { kind: 'rich', html: block.innerHTML };
}

// Pictures the page loads from a file or the web go into the page, so it is whole on its own
// and on paper. One that is missing (the notebook shows it broken too) is left without a
// source; one this page may not read (another site's) keeps its full address, as does every link.
async function inlineImages(fragment) {
  for (const link of fragment.querySelectorAll('a[href]')) link.setAttribute('href', new URL(link.getAttribute('href'), document.baseURI).href);
  await Promise.all([...fragment.querySelectorAll('img[src]')].map(async (img) => {
    const url = new URL(img.getAttribute('src'), document.baseURI);
    img.setAttribute('src', url.href);
    if (url.protocol === 'data:') return;
    let response;
    try {
      response = await fetch(url);
    } catch {
      return;
    }
    const blob = await response.blob();
    if (response.ok && blob.type.startsWith('image/')) img.setAttribute('src', await dataURL(blob));
    else img.removeAttribute('src');
  }));
}
