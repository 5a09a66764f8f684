// Python highlighting outside the editor (code in prose), with the editor's own parser and the
// same `tok-*` classes, so both look alike.
import { classHighlighter, highlightCode } from '@lezer/highlight';
import { pythonLanguage } from '@codemirror/lang-python';

/** Text made safe to put in HTML, as an element's content or a quoted attribute. */
export function escapeHTML(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @returns {string} HTML: the code, escaped, with highlighted spans */
export function highlightedHTML(code) {
  let html = '';
  highlightCode(
    code,
    pythonLanguage.parser.parse(code),
    classHighlighter,
    (text, classes) => {
      const escaped = escapeHTML(text);
      html += classes ? `<span class="${classes}">${escaped}</span>` : escaped;
    },
    () => (html += '\n'),
  );
  return html;
}
