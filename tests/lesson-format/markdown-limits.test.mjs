// Markdown the parser cannot take gets a message that names the problem; Markdown at the limits
// still renders, so no real lesson is refused.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { Marked } from 'marked';

import { MARKDOWN_LIMITS, markdownProblem } from '../../web/lesson-format/markdown-limits.mjs';
import { parseMarkdownLesson } from '../../web/lesson-format/markdown-lesson.mjs';

const DEEP = 100_000;
const { characters, nesting, emphasisRun, emphasisPerParagraph } = MARKDOWN_LIMITS;
const indentedList = (levels) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');

test('block quotes nested 100,000 deep are refused, naming the line and the depth', () => {
  const text = `# Deep\n\n${'>'.repeat(DEEP)} quoted`;
  assert.equal(markdownProblem(text), 'line 3 of the Markdown is nested 100,000 levels deep (block quotes and lists); Gradbook shows at most 100');
  assert.throws(() => parseMarkdownLesson(text), { name: 'RangeError', message: /nested 100,000 levels deep/ });
});

test('lists nested by markers or by indentation past the limit are refused', () => {
  assert.match(markdownProblem(`${'- '.repeat(DEEP)}x`), /^line 1 of the Markdown is nested 100,000 levels deep/);
  assert.match(markdownProblem(`${'1. '.repeat(nesting + 1)}x`), /nested 101 levels deep/);
  assert.match(markdownProblem(indentedList(2000)), /^line 101 of the Markdown is nested 101 levels deep/);
});

test('emphasis nested past the limit, or too many emphasis marks in a paragraph, are refused', () => {
  assert.equal(
    markdownProblem(`${'*'.repeat(DEEP)}x${'*'.repeat(DEEP)}`),
    'line 1 of the Markdown has 100,000 emphasis marks (* or _) in a row; Gradbook shows at most 500',
  );
  assert.match(markdownProblem('*a'.repeat(DEEP)), /^the paragraph that reaches line 1 of the Markdown has more than 10,000 emphasis marks/);
  const spread = Array.from({ length: 3 }, () => '_a'.repeat(emphasisPerParagraph / 2)).join('\n');
  assert.match(markdownProblem(spread), /reaches line 3 /, 'a paragraph runs over lines');
  assert.equal(markdownProblem(Array.from({ length: 3 }, () => '_a'.repeat(emphasisPerParagraph / 2)).join('\n\n')), null, 'blank lines end paragraphs');
});

test('a 50 MB Markdown file is refused by its size', () => {
  const text = `# Big\n\n${'All work and no play. '.repeat(50 * 2 ** 20 / 22)}`;
  assert.throws(() => parseMarkdownLesson(text), { message: /^the Markdown has 52,428,\d{3} characters; Gradbook shows at most 5,000,000$/ });
});

test('fenced code is shown as it is, so its indentation and stars are not counted', () => {
  const code = `${' '.repeat(400)}x = 1\n${'*'.repeat(1000)}`;
  assert.equal(markdownProblem(`~~~text\n${code}\n~~~\n`), null);
  assert.match(markdownProblem(`~~~text\n~~~\n${code}`), /line 3 .* nested 200 levels deep/);
});

test('Markdown at every limit is accepted and the parser renders it', () => {
  const marked = new Marked();
  const atLimits = [
    `${'>'.repeat(nesting)} quoted`,
    `${'- '.repeat(nesting)}x`,
    indentedList(nesting),
    `${'*'.repeat(emphasisRun / 2)}x${'*'.repeat(emphasisRun / 2)}`,
    '*a'.repeat(emphasisPerParagraph / 2),
  ];
  for (const text of atLimits) {
    assert.equal(markdownProblem(text), null, text.slice(0, 40));
    assert.equal(typeof marked.parse(text), 'string');
  }
  assert.equal(markdownProblem('x'.repeat(characters)), null);
});

test("the course's own lessons are far inside the limits", async () => {
  const folder = new URL('../../web/lessons/', import.meta.url);
  const files = (await readdir(folder)).filter((name) => name.endsWith('.md'));
  assert.ok(files.length > 0);
  for (const file of files) assert.equal(markdownProblem(await readFile(new URL(file, folder), 'utf8')), null, file);
});
