// A notebook exported as a standalone HTML page: the code and outputs as they stand, every text
// escaped, no script anywhere, an exercise's checks never and its solution only once revealed.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { EXPORT_POLICY, exportedPage, notebookBody } from '../../web/app/notebook-html.js';
import { encodePart } from '../../web/lesson-format/exercise-encoding.mjs';

// Hints are Markdown; the page renders them with markdown.js, here with a stand-in that marks them.
const markdown = (source) => `<p class="rendered">${source.replace(/[<>&]/g, '')}</p>`;
const body = (cells) => notebookBody(cells, { markdown });
const page = (cells, extra = {}) => exportedPage({
  title: 'Gradients', lessonName: '01-gradients.md', date: new Date('2026-03-04T05:06:07Z'), css: '', body: body(cells), ...extra,
});
const code = (source, outputs = [], more = {}) => ({ type: 'code', source, count: 1, outputs, ...more });
const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
const ESCAPED_HOSTILE = '&#60;img src=x onerror=&#34;window.pwned=1&#34;&#62;&#60;script&#62;window.pwned=2&#60;/script&#62;';

test('code, printed text, errors and raw cells are escaped: what they hold shows as text', () => {
  const html = page([
    code(`print('${HOSTILE}')`, [
      { kind: 'stream', name: 'stdout', text: `${HOSTILE}\n` },
      { kind: 'stream', name: 'stderr', text: '</pre></div><script>1</script>' },
      { kind: 'error', text: `Traceback (most recent call last):\nValueError: ${HOSTILE}` },
    ]),
    { type: 'raw', source: HOSTILE, label: 'Raw cell: <b>not run</b>' },
  ], { title: HOSTILE, lessonName: '<script>.md' });
  assert.doesNotMatch(html, /<script|<img/i);
  assert.ok(html.includes(`<pre>${ESCAPED_HOSTILE}\n</pre>`), 'stdout as text');
  assert.ok(html.includes('<pre>&#60;/pre&#62;&#60;/div&#62;&#60;script&#62;1&#60;/script&#62;</pre>'), 'stderr as text');
  assert.ok(html.includes(`ValueError: ${ESCAPED_HOSTILE}</pre>`), 'the traceback as text');
  assert.ok(html.includes(`<pre>${ESCAPED_HOSTILE}</pre>`), 'the raw cell as text');
  assert.ok(html.includes('Raw cell: &#60;b&#62;not run&#60;/b&#62;'));
  assert.ok(html.includes(`<title>${ESCAPED_HOSTILE} · Gradbook</title>`));
  assert.ok(html.includes('<span class="export-lesson">&#60;script&#62;.md</span>'));
});

test('the page forbids every script before anything else in it, and its styles cannot close their element', () => {
  const html = exportedPage({ title: 't', lessonName: 'l.md', date: new Date(0), css: 'p{color:red}</style><script>1</script>', body: '' });
  const head = html.slice(html.indexOf('<head>'), html.indexOf('<title>'));
  assert.ok(head.includes(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_POLICY}">`));
  assert.match(EXPORT_POLICY, /^default-src 'none';/);
  assert.doesNotMatch(EXPORT_POLICY, /script-src|unsafe-eval/);
  assert.equal(html.match(/<\/style/gi).length, 1);
  assert.ok(html.includes('p{color:red}<\\/style><script>1</script></style>'), 'the sheet stays one text, inside the one element');
});

test('the header names the lesson, its file and the time of the export', () => {
  const html = page([], { note: 'A shared version' });
  assert.ok(html.includes('<p class="export-title">Gradients</p>'));
  assert.ok(html.includes('<span class="export-lesson">01-gradients.md</span>'));
  assert.ok(html.includes('<time datetime="2026-03-04T05:06:07.000Z">'));
  assert.ok(html.includes('<p class="export-note">A shared version</p>'));
  assert.ok(!page([]).includes('export-note'));
});

test('every output is there, in order, with the cell’s count; a rich output is the markup it was given', () => {
  const html = body([
    code('x = 1\nprint(x)', [
      { kind: 'stream', name: 'stdout', text: 'first\n' },
      { kind: 'rich', html: '<svg class="graph-svg"><text>z</text></svg>' },
      { kind: 'stream', name: 'stdout', text: 'last\n' },
    ], { count: 7 }),
  ]);
  assert.ok(html.includes('<span class="cell-prompt">[7]</span>'));
  assert.ok(html.includes('<span class="tok-variableName">print</span>'), 'the code is highlighted');
  const order = ['<pre>first\n</pre>', '<div class="output output-rich"><svg class="graph-svg"><text>z</text></svg></div>', '<pre>last\n</pre>'].map((part) => html.indexOf(part));
  assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])), `outputs in order: ${order}`);
});

test('a cell never run shows no count; recorded and stale outputs say so; a stream left blank is left out', () => {
  assert.ok(body([code('x', [], { count: null })]).includes('<span class="cell-prompt">[ ]</span>'));
  assert.ok(!body([code('x', [{ kind: 'stream', name: 'stdout', text: '   \n' }])]).includes('cell-output'));
  const recorded = body([code('x', [{ kind: 'stream', name: 'stdout', text: '1\n' }], { recorded: true, count: null })]);
  assert.match(recorded, /<div class="cell-output expected"><div class="expected-label">Recorded output: the cell was not run in this copy<\/div>/);
  const stale = body([code('x', [{ kind: 'stream', name: 'stdout', text: '1\n' }], { stale: true })]);
  assert.match(stale, /<div class="cell-output stale"><div class="stale-label">Stale: Python stopped after this ran<\/div>/);
});

const CHECKS = 'import gradbook\ngradbook.check_grad("x_grad", x_grad, secret_reference)';
const SOLUTION = 'x_grad = torch.tensor([7.0, 16.0, 31.0])';
const exercise = (state, verdict = null) => code('x_grad = torch.zeros(3)', [], {
  exercise: {
    parts: { id: 'power-rule', hints: ['first *hint*', 'second hint', 'third hint'], solution: encodePart(SOLUTION), checks: encodePart(CHECKS) },
    state: { passed: false, attempts: 0, hintsShown: 0, solutionShown: false, ...state },
    verdict,
  },
});

test('an exercise’s hidden checks are never in the page, in any form', () => {
  const html = page([exercise({ passed: true, hintsShown: 3, solutionShown: true }, { kind: 'pass', message: '✓ Correct', details: [] })]);
  assert.ok(!html.includes('secret_reference'));
  assert.ok(!html.includes('check_grad'));
  assert.ok(!html.includes(encodePart(CHECKS)));
  assert.ok(!html.includes('gb1:'));
});

test('a solution the learner did not reveal is not in the page, nor the hints they did not ask for', () => {
  const html = page([exercise({ hintsShown: 1 }, { kind: 'fail', message: '✗ x_grad should be [7., 16., 31.]', details: ['yours is [0., 0., 0.]'] })]);
  assert.ok(!html.includes('16.0'));
  assert.ok(!html.includes(encodePart(SOLUTION)));
  assert.ok(!html.includes('exercise-solution'));
  assert.ok(!html.includes('Solution revealed'));
  assert.ok(html.includes('<div class="exercise-hint-title">Hint 1 of 3</div><div class="markdown-body"><p class="rendered">first *hint*</p></div>'));
  assert.ok(!html.includes('second hint'));
  assert.ok(html.includes('<div class="exercise-verdict" data-verdict="fail"><div class="exercise-verdict-message">✗ x_grad should be [7., 16., 31.]</div><div class="exercise-verdict-detail">yours is [0., 0., 0.]</div></div>'));
});

test('a revealed solution is in the page, marked as revealed, and a passed exercise is marked passed', () => {
  const html = page([exercise({ passed: true, solutionShown: true })]);
  assert.ok(html.includes('<span class="exercise-mark exercise-mark-passed">✓ Passed</span>'));
  assert.ok(html.includes('<span class="exercise-mark exercise-mark-solution">Solution revealed</span>'));
  assert.ok(html.includes('<div class="exercise-solution-title">Solution (revealed by the learner)</div>'));
  assert.ok(html.includes('<span class="tok-number">16.0</span>'), 'the solution’s code, highlighted');
});

test('the verdict’s text is escaped', () => {
  const html = body([exercise({}, { kind: 'fail"><script>', message: HOSTILE, details: [HOSTILE] })]);
  assert.doesNotMatch(html, /<script|<img/i);
});
