// The learner's notebook as one standalone HTML page, to print or hand in: the lesson's text, the
// code as it stands and what each cell showed, with the exercises' verdicts, the hints shown and
// a solution only when the learner revealed it (marked as revealed). An exercise's checks never
// appear. The page runs nothing: its Content-Security-Policy allows no script at all, and every
// text that reaches it here is escaped. The markup it is given (rendered text cells, rich
// outputs) must be sanitized already; export-html.js sanitizes the whole body once more.
import { decodePart } from '../lesson-format/exercise-encoding.mjs';
import { escapeHTML, highlightedHTML } from './highlight.js';

// No script, no frame, no form, no plugin, no base URL: only styles written in the page, images
// (inlined ones, or those a lesson shows from the web) and fonts inlined as data: URLs.
export const EXPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; font-src data:; form-action 'none'; base-uri 'none'";

/**
 * The body's cells, as HTML.
 * @param {object[]} cells  in order, one of
 *   { type: 'markdown', html }  the rendered text (safe markup)
 *   { type: 'raw' | 'unknown', source, label }
 *   { type: 'code', source, count, outputs, recorded?, stale?, exercise? }
 *     count: the execution count of its latest run, or null;
 *     outputs: { kind: 'stream', name, text } | { kind: 'error', text } | { kind: 'rich', html }
 *       (html: safe markup); recorded: the outputs are the lesson's recording, not a run's;
 *       stale: Python stopped after they were made;
 *     exercise: { parts: { hints, solution, checks }, state: { passed, hintsShown, solutionShown },
 *       verdict: { kind, message, details } | null }
 * @param {{ markdown: (source: string) => string }} o  renders a hint's Markdown to safe markup
 */
export function notebookBody(cells, { markdown }) {
  return cells.map((cell) => {
    if (cell.type === 'markdown') return `<section class="cell cell-markdown"><div class="markdown-body">${cell.html}</div></section>`;
    if (cell.type === 'code') return codeCell(cell, markdown);
    return `<section class="cell cell-raw"><div class="raw-label">${escapeHTML(cell.label)}</div>`
      + `<div class="cell-editor raw-body"><pre>${escapeHTML(cell.source)}</pre></div></section>`;
  }).join('\n');
}

/**
 * The whole page. `title`: the lesson's title; `lessonName`: its file; `date`: when it was
 * exported; `css`: the styles it needs; `body`: its cells (notebookBody, sanitized); `note`: a
 * line on what this copy is (a shared version), or null.
 */
export function exportedPage({ title, lessonName, date, css, body, note = null }) {
  const when = date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gradbook">
<title>${escapeHTML(title)} · Gradbook</title>
<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>
</head>
<body class="exported-notebook">
<header class="export-header">
<p class="export-title">${escapeHTML(title)}</p>
<p class="export-meta">Lesson <span class="export-lesson">${escapeHTML(lessonName)}</span> · exported from Gradbook on <time datetime="${date.toISOString()}">${escapeHTML(when)}</time></p>
${note ? `<p class="export-note">${escapeHTML(note)}</p>\n` : ''}</header>
<main class="notebook">
${body}
</main>
</body>
</html>
`;
}

function codeCell({ source, count, outputs, recorded = false, stale = false, exercise = null }, markdown) {
  const prompt = `<div class="cell-gutter"><span class="cell-prompt">[${count ?? ' '}]</span></div>`;
  const code = `<div class="cell-editor"><pre class="export-code"><code>${highlightedHTML(source)}</code></pre></div>`;
  const label = recorded ? '<div class="expected-label">Recorded output: the cell was not run in this copy</div>'
    : stale ? '<div class="stale-label">Stale: Python stopped after this ran</div>' : '';
  const shown = outputs.filter((output) => output.kind !== 'stream' || /[^ \n]/.test(output.text));
  const outputArea = shown.length
    ? `<div class="cell-output${recorded ? ' expected' : stale ? ' stale' : ''}">${label}${shown.map(outputBlock).join('')}</div>`
    : '';
  const classes = `cell cell-code${exercise ? ' cell-exercise' : ''}`;
  return `<section class="${classes}">${exercise ? exerciseBar(exercise) : ''}<div class="cell-input">${prompt}${code}</div>${outputArea}`
    + `${exercise ? exercisePanel(exercise, markdown) : ''}</section>`;
}

function outputBlock(output) {
  if (output.kind === 'stream') return `<div class="output output-stream output-${output.name === 'stderr' ? 'stderr' : 'stdout'}"><pre>${escapeHTML(output.text)}</pre></div>`;
  if (output.kind === 'error') return `<div class="output output-error"><pre>${escapeHTML(output.text)}</pre></div>`;
  return `<div class="output output-rich">${output.html}</div>`;
}

function exerciseBar({ parts, state }) {
  const marks = [
    state.passed ? '<span class="exercise-mark exercise-mark-passed">✓ Passed</span>' : '',
    state.solutionShown && parts.solution ? '<span class="exercise-mark exercise-mark-solution">Solution revealed</span>' : '',
  ].join('');
  return `<div class="exercise-bar"><span class="exercise-label">Exercise</span><span class="exercise-status">${marks}</span></div>`;
}

// The verdict shown, the hints the learner asked for and the solution if they revealed it.
function exercisePanel({ parts, state, verdict }, markdown) {
  const verdictHTML = verdict
    ? `<div class="exercise-verdict" data-verdict="${escapeHTML(verdict.kind)}"><div class="exercise-verdict-message">${escapeHTML(verdict.message)}</div>`
      + verdict.details.map((detail) => `<div class="exercise-verdict-detail">${escapeHTML(detail)}</div>`).join('') + '</div>'
    : '';
  const hints = parts.hints.slice(0, state.hintsShown).map((hint, i) => '<li class="exercise-hint">'
    + `<div class="exercise-hint-title">Hint ${i + 1} of ${parts.hints.length}</div><div class="markdown-body">${markdown(hint)}</div></li>`).join('');
  const solution = state.solutionShown && parts.solution
    ? '<div class="exercise-solution"><div class="exercise-solution-title">Solution (revealed by the learner)</div>'
      + `<pre class="exercise-solution-code">${highlightedHTML(decodePart(parts.solution))}</pre></div>`
    : '';
  if (!verdictHTML && !hints && !solution) return '';
  return `<div class="exercise-panel">${verdictHTML}${hints ? `<ol class="exercise-hints">${hints}</ol>` : ''}${solution}</div>`;
}
