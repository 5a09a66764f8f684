// Renders a lesson's prose: Markdown with $…$ / $$…$$ formulas, sanitized, because a lesson is
// a file anyone can write and its raw HTML (figures, tables) reaches the page.
import { Marked } from 'marked';
import markedKatex from 'marked-katex-extension';
import DOMPurify from 'dompurify';

const marked = new Marked(markedKatex({ throwOnError: false }));

/** @returns {string} safe HTML */
export function renderMarkdown(source) {
  // DOMPurify drops MathML's <semantics>/<annotation> but would keep the annotation's TeX source
  // as stray text inside KaTeX's screen-reader markup; dropping its content too leaves clean MathML.
  return DOMPurify.sanitize(marked.parse(source), { ADD_FORBID_CONTENTS: ['annotation'] });
}
