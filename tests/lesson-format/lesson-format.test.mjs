// Lesson files: Markdown with ```python cells, and Jupyter notebooks.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseNotebook } from '../../web/lesson-format/ipynb.mjs';
import { parseMarkdownLesson, serializeMarkdownLesson } from '../../web/lesson-format/markdown-lesson.mjs';

test('prose becomes markdown cells and python fences become code cells', () => {
  const lesson = parseMarkdownLesson('# Title\n\nSome *prose*.\n\n```python\nx = 1\nprint(x)\n```\n\nMore.\n');
  assert.equal(lesson.title, 'Title');
  assert.deepEqual(lesson.cells, [
    { type: 'markdown', source: '# Title\n\nSome *prose*.' },
    { type: 'code', source: 'x = 1\nprint(x)' },
    { type: 'markdown', source: 'More.' },
  ]);
});

test('fences in other languages stay prose, even if they show a python fence', () => {
  const lesson = parseMarkdownLesson('````markdown\n```python\nnot a cell\n```\n````\n');
  assert.equal(lesson.cells.length, 1);
  assert.equal(lesson.cells[0].type, 'markdown');
});

test('an unclosed python fence is an error', () => {
  assert.throws(() => parseMarkdownLesson('```python\nprint(1)\n'), /unclosed ```python block/);
});

test('serializing and parsing again gives the same cells', () => {
  const cells = [
    { type: 'markdown', source: '# T\n\nText' },
    { type: 'code', source: 'print(1)' },
  ];
  assert.deepEqual(parseMarkdownLesson(serializeMarkdownLesson(cells)).cells, cells);
});

test('a notebook gives its markdown and code cells in order, with stored outputs', () => {
  const nb = {
    nbformat: 4,
    cells: [
      { cell_type: 'markdown', source: ['# Nb\n', 'text'] },
      { cell_type: 'raw', source: 'ignored' },
      { cell_type: 'code', source: 'print(2)', outputs: [{ output_type: 'stream', name: 'stdout', text: ['2\n'] }] },
    ],
  };
  const lesson = parseNotebook(JSON.stringify(nb));
  assert.equal(lesson.title, 'Nb');
  assert.deepEqual(lesson.cells.map((c) => [c.type, c.source]), [['markdown', '# Nb\ntext'], ['code', 'print(2)']]);
  assert.deepEqual(lesson.cells[1].expected, [{ kind: 'stream', name: 'stdout', text: '2\n' }]);
});

test('a file that is not a notebook is a clear error', () => {
  assert.throws(() => parseNotebook('{"cells": 3}'), /no "cells" list/);
  assert.throws(() => parseNotebook('not json'), /not a Jupyter notebook/);
});
