// Picks the richest form of a mime bundle the page can show and renders it. Everything that
// comes from Python as markup (HTML, SVG, Markdown) is sanitized; our own JSON forms are drawn
// here from plain data. A renderer that fails falls back to the text form.
import katex from 'katex';
import { KATEX_OPTIONS, renderMarkdown, sanitize, sanitizeFormula } from '../markdown.js';
import { renderTensor } from './tensor-view.js';
import { renderFigure } from './figure.js';
import { renderGraph } from './graph.js';
import { renderStepBackward } from './step-backward.js';

const RENDERERS = [
  ['application/vnd.gradbook.tensor+json', renderTensor],
  ['application/vnd.gradbook.figure+json', renderFigure],
  ['application/vnd.gradbook.graph+json', renderGraph],
  ['application/vnd.gradbook.step-backward+json', renderStepBackward],
  ['text/html', (html) => markup('output-html', sanitize(html))],
  ['image/svg+xml', (svg) => markup('output-svg', sanitize(svg))],
  ['image/png', (data) => image('image/png', data)],
  ['image/jpeg', (data) => image('image/jpeg', data)],
  ['text/markdown', (source) => markup('output-markdown', renderMarkdown(source))],
  ['text/latex', (tex) => markup('output-latex', latex(tex))],
];

/** @returns {Element} the bundle drawn in its richest known form */
export function renderBundle(bundle) {
  for (const [mime, render] of RENDERERS) {
    if (bundle[mime] === undefined) continue;
    try {
      const element = render(bundle[mime], bundle);
      element.dataset.mime = mime;
      return element;
    } catch (error) {
      const fallback = plainText(bundle['text/plain'] ?? '');
      fallback.title = `Could not draw ${mime}: ${error.message}`;
      return fallback;
    }
  }
  return plainText(bundle['text/plain'] ?? '');
}

function plainText(text) {
  const pre = document.createElement('pre');
  pre.textContent = text;
  pre.dataset.mime = 'text/plain';
  return pre;
}

function markup(className, safeHTML) {
  const div = document.createElement('div');
  div.className = className;
  div.innerHTML = safeHTML;
  return div;
}

function image(mime, base64) {
  const img = document.createElement('img');
  img.className = 'output-image';
  img.alt = 'image output';
  img.src = `data:${mime};base64,${String(base64).replace(/\s/g, '')}`;
  return img;
}

// Jupyter's text/latex is usually $…$ or $$…$$ around TeX; KaTeX's own output is safe markup.
function latex(source) {
  const tex = source.trim().replace(/^\$\$?([\s\S]*?)\$?\$$/, '$1');
  return sanitizeFormula(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: true }));
}
