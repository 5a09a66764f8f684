// Renders a lesson's prose: Markdown with $…$ / $$…$$ formulas, highlighted code and images,
// sanitized, because a lesson is a file anyone can write and its raw HTML (figures, tables)
// reaches the page. Formulas are KaTeX's own markup, which positions glyphs with inline CSS:
// they are set aside while the rest is sanitized and put back after, so the strict rules for
// the lesson's inline CSS do not break them.
import { Marked, Renderer } from 'marked';
import markedKatex from 'marked-katex-extension';
import DOMPurify from 'dompurify';
import { markdownProblem } from '../lesson-format/markdown-limits.mjs';
import { escapeHTML, highlightedHTML } from './highlight.js';
import { safeInlineStyle } from './inline-style.js';

// A notebook's markdown cell refers to its images as `attachment:<name>`; while one cell renders,
// these are the images it carries ({ name: { mime: base64 } }).
let currentAttachments = null;
// While one text renders, its formulas' markup, each standing in the text as a slot until the
// text is sanitized; the slots carry a random mark, so the text cannot name one itself.
let currentFormulas = null;

// What may follow a formula in a sentence and must stay on its line with it: stops, commas,
// closing brackets and quotes.
const TRAILING_PUNCTUATION = `[.,;:!?)\\]}'"’”…]+`;

// maxSize (in em): a formula's \rule or \kern cannot grow past it to cover the text around.
export const KATEX_OPTIONS = { throwOnError: false, maxSize: 20 };

// nonStandard: a formula may touch any text, as in Jupyter (`($x$)`, `$\frac{1}{n}$;`), where
// the extension's default wants a space before the opening $ and one of . , : ? ! after the closing.
const katexExtension = markedKatex({ ...KATEX_OPTIONS, nonStandard: true });
for (const extension of katexExtension.extensions) {
  const render = extension.renderer;
  extension.renderer = (token) => {
    currentFormulas.html.push({ html: render(token), inline: token.type === 'inlineKatex' });
    return `<span data-formula="${currentFormulas.mark}-${currentFormulas.html.length - 1}"></span>`;
  };
}
const marked = new Marked(katexExtension, {
  renderer: {
    code({ text, lang }) {
      const language = (lang ?? '').split(/\s/)[0];
      const body = /^(python|py)$/i.test(language) ? highlightedHTML(text) : escapeHTML(text);
      return `<pre><code class="language-${escapeHTML(language)}">${body}</code></pre>\n`;
    },
    // A table wider than the text scrolls sideways in its own box, which the keyboard can reach.
    table(token) {
      return `<div class="markdown-table" role="region" aria-label="Table" tabindex="0">${Renderer.prototype.table.call(this, token)}</div>\n`;
    },
    image({ href, title, text }) {
      const src = href.startsWith('attachment:') ? attachmentURL(href.slice('attachment:'.length)) : href;
      if (!src) return escapeHTML(text);
      const titleAttr = title ? ` title="${escapeHTML(title)}"` : '';
      return `<img src="${escapeHTML(src)}" alt="${escapeHTML(text)}"${titleAttr}>`;
    },
  },
});

function attachmentURL(name) {
  const bundle = currentAttachments?.[decodeURIComponent(name)];
  const mime = bundle && Object.keys(bundle).find((type) => type.startsWith('image/'));
  return mime ? `data:${mime};base64,${String(bundle[mime]).replace(/\s/g, '')}` : null;
}

/**
 * @returns {string} safe HTML. `attachments` are a notebook cell's embedded images. Markdown the
 * parser could not take (markdown-limits.mjs) shows as a sentence that says why.
 */
export function renderMarkdown(source, attachments = null) {
  const problem = markdownProblem(source);
  if (problem) return `<p class="markdown-problem">This text is not shown: ${escapeHTML(problem)}.</p>`;
  currentAttachments = attachments;
  const mark = [...crypto.getRandomValues(new Uint32Array(2))].map((n) => n.toString(36)).join('');
  const formulas = (currentFormulas = { mark, html: [] });
  try {
    const slot = new RegExp(`<span data-formula="${formulas.mark}-(\\d+)"></span>(${TRAILING_PUNCTUATION})?`, 'g');
    return sanitize(marked.parse(source)).replace(slot, (_, index, punctuation) => {
      const { html, inline } = formulas.html[index];
      const formula = sanitizeFormula(html);
      // "… is $x^2$." must not break a line between the formula and its full stop.
      return inline && punctuation ? `<span class="formula-nowrap">${formula}${punctuation}</span>` : formula + (punctuation ?? '');
    });
  } finally {
    currentAttachments = currentFormulas = null;
  }
}

// Markup of any origin: the style hook keeps only the inline CSS inline-style.js allows.
const markupPurifier = DOMPurify(window);
markupPurifier.addHook('uponSanitizeAttribute', (node, attribute) => {
  if (attribute.attrName !== 'style') return;
  attribute.attrValue = safeInlineStyle(attribute.attrValue);
  attribute.keepAttr = attribute.attrValue !== '';
});
// KaTeX's output keeps its inline CSS: KaTeX writes it, from sizes it caps (KATEX_OPTIONS).
const formulaPurifier = DOMPurify(window);
// DOMPurify drops MathML's <semantics>/<annotation> but would keep the annotation's TeX source
// as stray text inside KaTeX's screen-reader markup; dropping its content too leaves clean MathML.
const CONFIG = { ADD_FORBID_CONTENTS: ['annotation'], FORBID_TAGS: ['form', 'style'] };

/**
 * Strips scripts, event handlers and javascript: URLs from HTML (and SVG) of any origin; forms,
 * which could send the page away; and style sheets and the inline CSS that could restyle or
 * cover the page (inline-style.js keeps what only shapes the markup's own boxes).
 */
export function sanitize(html) {
  return markupPurifier.sanitize(html, CONFIG);
}

/** Sanitizes KaTeX's markup for a formula. */
export function sanitizeFormula(html) {
  return formulaPurifier.sanitize(html, CONFIG);
}
