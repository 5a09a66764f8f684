// Exercises in lesson files: a ```python exercise block and its hint, solution and check blocks
// in Markdown, `metadata.gradbook.exercise` in a notebook; solutions and checks encoded as read.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { decodePart, encodePart } from '../../web/lesson-format/exercise-encoding.mjs';
import { parseNotebook, serializeNotebook } from '../../web/lesson-format/ipynb.mjs';
import { parseMarkdownLesson, serializeMarkdownLesson } from '../../web/lesson-format/markdown-lesson.mjs';
import { shippedLesson } from '../../web/lesson-format/shipped-lesson.mjs';

const LESSON = `# Gradients

Compute it by hand.

\`\`\`python exercise=x-grad
x_grad = torch.zeros(3)  # your answer
\`\`\`

\`\`\`hint
The **power rule**: the derivative of $x^2$ is $2x$.
\`\`\`

\`\`\`\`hint
In code:
\`\`\`python
6 * x
\`\`\`
\`\`\`\`

\`\`\`python solution
x_grad = 6 * x.detach()
\`\`\`

\`\`\`python check
gradbook.check(x_grad, [6, 12, 18], name="x_grad")
\`\`\`

Next.
`;

test('an exercise block is a code cell with its starter, hints, solution and checks', () => {
  const { cells } = parseMarkdownLesson(LESSON);
  assert.deepEqual(cells.map((c) => c.type), ['markdown', 'code', 'markdown']);
  const { source, exercise } = cells[1];
  assert.equal(source, 'x_grad = torch.zeros(3)  # your answer');
  assert.equal(exercise.id, 'x-grad');
  assert.deepEqual(exercise.hints, ['The **power rule**: the derivative of $x^2$ is $2x$.', 'In code:\n```python\n6 * x\n```']);
  assert.equal(decodePart(exercise.solution), 'x_grad = 6 * x.detach()');
  assert.equal(decodePart(exercise.checks), 'gradbook.check(x_grad, [6, 12, 18], name="x_grad")');
});

test('solutions and checks are never kept as plain text', () => {
  const { cells } = parseMarkdownLesson(LESSON);
  const stored = JSON.stringify(cells);
  assert.doesNotMatch(stored, /gradbook\.check|6 \* x\.detach/);
});

test('the encoding survives any text, and is undone exactly', () => {
  for (const text of ['', 'check(x, 1)\n', '∂z/∂x = 6x  # ✓ non-ASCII', '\u{1F600}'.repeat(3)]) {
    assert.equal(decodePart(encodePart(text)), text);
  }
  assert.equal(encodePart(encodePart('x')), encodePart('x'), 'encoded text is not encoded twice');
});

test('exercises without a name are named by their place', () => {
  const { cells } = parseMarkdownLesson('```python exercise\na = 1\n```\n\n```python exercise\nb = 2\n```\n');
  assert.deepEqual(cells.map((c) => c.exercise.id), ['exercise-1', 'exercise-2']);
  assert.deepEqual(cells[0].exercise, { id: 'exercise-1', hints: [], solution: null, checks: null });
});

test('a part away from its exercise, two exercises of one name and two check blocks are refused', () => {
  assert.throws(() => parseMarkdownLesson('Text.\n\n```python check\nx\n```\n'),
    /line 3: a check block must come right after its exercise/);
  assert.throws(() => parseMarkdownLesson('```python exercise\na\n```\n\nProse between.\n\n```hint\nh\n```\n'),
    /line 7: a hint block must come right after its exercise/);
  assert.throws(() => parseMarkdownLesson('```python exercise=a\n1\n```\n```python exercise=a\n2\n```\n'),
    /two exercises are named “a”/);
  assert.throws(() => parseMarkdownLesson('```python exercise\n1\n```\n```python check\na\n```\n```python check\nb\n```\n'),
    /two ```python check blocks/);
});

test('fences of other languages named "check" or "solution" stay prose', () => {
  const { cells } = parseMarkdownLesson('```text solution\nnot a part\n```\n');
  assert.deepEqual(cells, [{ type: 'markdown', source: '```text solution\nnot a part\n```' }]);
});

test('a lesson with exercises is serialized and parsed back to the same cells', () => {
  const { cells } = parseMarkdownLesson(LESSON);
  assert.deepEqual(parseMarkdownLesson(serializeMarkdownLesson(cells)).cells, cells);
});

test('a course ships its Markdown lessons with solutions and checks encoded, the rest as written', () => {
  const shipped = shippedLesson('lesson.md', LESSON);
  assert.doesNotMatch(shipped, /gradbook\.check|x\.detach/);
  assert.match(shipped, /The \*\*power rule\*\*/);
  assert.deepEqual(parseMarkdownLesson(shipped).cells, parseMarkdownLesson(LESSON).cells);
  const plain = '# No exercises\n\n```python\nprint(1)\n```\n';
  assert.equal(shippedLesson('plain.md', plain), plain);
});

test("a shipped lesson with an exercise keeps its front matter, so the course index still reads its description", () => {
  const withFrontMatter = `---\ndescription: The power rule, by hand.\n---\n\n${LESSON}`;
  assert.deepEqual(parseMarkdownLesson(shippedLesson('lesson.md', withFrontMatter)).metadata, { description: 'The power rule, by hand.' });
});

const NOTEBOOK = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: 'markdown', source: '# Nb', metadata: {} },
    {
      cell_type: 'code', source: 'x_grad = None', outputs: [],
      metadata: {
        tags: ['exercise'],
        gradbook: { exercise: { id: 'x-grad', hints: ['Power rule.', 'Times 6.'], solution: 'x_grad = 6 * x', checks: 'gradbook.check(x_grad, [6])' } },
      },
    },
  ],
};

test('a notebook cell is an exercise by its metadata, which it leaves', () => {
  const cell = parseNotebook(JSON.stringify(NOTEBOOK)).cells[1];
  assert.equal(cell.source, 'x_grad = None');
  assert.deepEqual(cell.metadata, { tags: ['exercise'] });
  assert.equal(cell.exercise.id, 'x-grad');
  assert.deepEqual(cell.exercise.hints, ['Power rule.', 'Times 6.']);
  assert.equal(decodePart(cell.exercise.solution), 'x_grad = 6 * x');
  assert.equal(decodePart(cell.exercise.checks), 'gradbook.check(x_grad, [6])');
});

test('a notebook exercise whose metadata breaks the format names the cell and the field', () => {
  const broken = structuredClone(NOTEBOOK);
  broken.cells[1].metadata.gradbook.exercise.hints = 'one hint';
  assert.throws(() => parseNotebook(JSON.stringify(broken)), /cell 2: "metadata.gradbook.exercise" "hints" must be a list of strings/);
});

test('a learner’s saved notebook keeps the exercise, its hints and solution, never its checks', () => {
  const { cells } = parseNotebook(JSON.stringify(NOTEBOOK));
  const saved = serializeNotebook(cells.map((c) => ({ ...c, source: c.exercise ? 'x_grad = my_answer' : c.source })));
  assert.doesNotMatch(saved, /checks|gradbook\.check/);
  const again = parseNotebook(saved).cells[1];
  assert.equal(again.source, 'x_grad = my_answer');
  assert.deepEqual(again.metadata, { tags: ['exercise'] });
  assert.deepEqual({ ...again.exercise }, { ...cells[1].exercise, checks: null });
});

test('a course ships its notebooks with solutions and checks encoded', () => {
  const shipped = shippedLesson('nb.ipynb', JSON.stringify(NOTEBOOK));
  assert.doesNotMatch(shipped, /gradbook\.check|6 \* x/);
  assert.deepEqual(parseNotebook(shipped).cells, parseNotebook(JSON.stringify(NOTEBOOK)).cells);
});
