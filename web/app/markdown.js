// Renders a lesson's prose: Markdown with $…$ / $$…$$ formulas, highlighted code and images,
// sanitized, because a lesson is a file anyone can write and its raw HTML (figures, tables)
// reaches the page.
import { Marked } from 'marked';
import markedKatex from 'marked-katex-extension';
import DOMPurify from 'dompurify';
import { escapeHTML, highlightedHTML } from './highlight.js';

// A notebook's markdown cell refers to its images as `attachment:<name>`; while one cell renders,
// these are the images it carries ({ name: { mime: base64 } }).
let currentAttachments = null;

// nonStandard: a formula may touch any text, as in Jupyter (`($x$)`, `$\frac{1}{n}$;`), where
// the extension's default wants a space before the opening $ and one of . , : ? ! after the closing.
const marked = new Marked(markedKatex({ throwOnError: false, nonStandard: true }), {
  renderer: {
    code({ text, lang }) {
      const language = (lang ?? '').split(/\s/)[0];
      const body = /^(python|py)$/i.test(language) ? highlightedHTML(text) : escapeHTML(text);
      return `<pre><code class="language-${escapeHTML(language)}">${body}</code></pre>\n`;
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

/** @returns {string} safe HTML. `attachments` are a notebook cell's embedded images. */
export function renderMarkdown(source, attachments = null) {
  currentAttachments = attachments;
  try {
    return sanitize(marked.parse(source));
  } finally {
    currentAttachments = null;
  }
}

/**
 * Strips scripts, event handlers and javascript: URLs from HTML (and SVG) of any origin, and
 * forms, which could send the page away.
 */
export function sanitize(html) {
  // DOMPurify drops MathML's <semantics>/<annotation> but would keep the annotation's TeX source
  // as stray text inside KaTeX's screen-reader markup; dropping its content too leaves clean MathML.
  return DOMPurify.sanitize(html, { ADD_FORBID_CONTENTS: ['annotation'], FORBID_TAGS: ['form'] });
}
