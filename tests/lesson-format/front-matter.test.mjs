// A lesson's front matter: its description (and other metadata), never shown as prose, in both
// formats, and what the course index lists for it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

import { readFrontMatter } from '../../web/lesson-format/front-matter.mjs';
import { lessonFiles, parseLesson } from '../../web/lesson-format/index.mjs';
import { parseMarkdownLesson, serializeMarkdownLesson } from '../../web/lesson-format/markdown-lesson.mjs';
import { lessonEntry as entryOf } from '../../scripts/course-index.mjs';

// The course index's entry for lesson `file` with text `text`.
const lessonEntry = (file, text) => entryOf(file, parseLesson(file, text));

const LESSON = '---\ndescription: Why gradients point uphill, and how backward() finds them.\n---\n\n# Gradients\n\nProse.\n\n```python\nprint(1)\n```\n';

test("a Markdown lesson's front matter is its metadata, not a cell", () => {
  const lesson = parseMarkdownLesson(LESSON);
  assert.deepEqual(lesson.metadata, { description: 'Why gradients point uphill, and how backward() finds them.' });
  assert.equal(lesson.title, 'Gradients');
  assert.deepEqual(lesson.cells, [
    { type: 'markdown', source: '# Gradients\n\nProse.' },
    { type: 'code', source: 'print(1)' },
  ]);
});

test('the course index lists a lesson with its title and description, from either format', () => {
  assert.deepEqual(lessonEntry('01-gradients.md', LESSON), {
    file: '01-gradients.md', title: 'Gradients', description: 'Why gradients point uphill, and how backward() finds them.',
  });
  const notebook = JSON.stringify({
    nbformat: 4, metadata: { description: 'Losses, measured.' }, cells: [{ cell_type: 'markdown', source: '# Losses' }],
  });
  assert.deepEqual(lessonEntry('02-losses.ipynb', notebook), { file: '02-losses.ipynb', title: 'Losses', description: 'Losses, measured.' });
  assert.deepEqual(lessonEntry('03-plain.md', '# Plain\n'), { file: '03-plain.md', title: 'Plain' });
});

test('quoted values, comments and a title key are read as YAML reads them', () => {
  const { metadata, body } = readFrontMatter(`---\n# a comment\ntitle: "Loss: the number we lower"\ndescription: 'It''s short'\nlevel: first # the easy one\n---\nText\n`);
  assert.deepEqual(metadata, { title: 'Loss: the number we lower', description: "It's short", level: 'first' });
  assert.equal(body, 'Text\n');
  assert.equal(parseMarkdownLesson('---\ntitle: Given title\n---\n# Heading\n').title, 'Given title');
});

test('front matter that cannot be read is refused with the line that holds it', () => {
  assert.throws(() => readFrontMatter('---\ndescription: open\n'), /never closed/);
  assert.throws(() => readFrontMatter('---\n- a list item\n---\n'), /front matter line 2 is not a "key: value" line/);
  assert.throws(() => readFrontMatter('---\ndescription: "unclosed\n---\n'), /front matter line 2: the quoted value is not closed/);
});

test('a --- later in a lesson is a rule, not front matter', () => {
  const lesson = parseMarkdownLesson('# T\n\n---\n\nafter the rule\n');
  assert.deepEqual(lesson.metadata, {});
  assert.equal(lesson.cells[0].source, '# T\n\n---\n\nafter the rule');
});

test('saving a lesson keeps its front matter', () => {
  const { cells, metadata } = parseMarkdownLesson(LESSON);
  assert.deepEqual(parseMarkdownLesson(serializeMarkdownLesson(cells, { metadata })), parseMarkdownLesson(LESSON));
  const tricky = { description: 'Colons: quoted', note: "#not a comment" };
  assert.deepEqual(parseMarkdownLesson(serializeMarkdownLesson(cells, { metadata: tricky })).metadata, tricky);
});

test('every lesson of the course has a one-line description', () => {
  const dir = new URL('../../web/lessons/', import.meta.url);
  for (const file of lessonFiles(readdirSync(dir))) {
    const { description } = lessonEntry(file, readFileSync(new URL(file, dir), 'utf8'));
    assert.match(description ?? '', /^[^\n]{20,160}$/, file);
  }
});
