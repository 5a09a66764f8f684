// Lesson files: Markdown with ```python cells, and Jupyter notebooks.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseNotebook, serializeNotebook } from '../../web/lesson-format/ipynb.mjs';
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

const NOTEBOOK = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'python3' } },
  cells: [
    {
      cell_type: 'markdown', id: 'intro', metadata: {},
      source: ['# Slopes\n', '![a dot](attachment:dot.png)'],
      attachments: { 'dot.png': { 'image/png': 'iVBORw0KGgo=' } },
    },
    {
      cell_type: 'code', id: 'calc', execution_count: 3, metadata: {},
      source: ['x = 2\n', 'x * 3'],
      outputs: [
        { output_type: 'stream', name: 'stdout', text: ['hi\n'] },
        { output_type: 'execute_result', execution_count: 3, data: { 'text/plain': ['6'] }, metadata: {} },
        { output_type: 'display_data', data: { 'application/vnd.gradbook.figure+json': { layers: [] }, 'text/plain': 'fig' }, metadata: {} },
        { output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: ['\u001b[0;31mValueError\u001b[0m: bad'] },
      ],
    },
  ],
};

test("a notebook's stored outputs become expected-output records", () => {
  const [, code] = parseNotebook(JSON.stringify(NOTEBOOK)).cells;
  assert.deepEqual(code.expected, [
    { kind: 'stream', name: 'stdout', text: 'hi\n' },
    { kind: 'result', data: { 'text/plain': '6' }, count: 3 },
    { kind: 'display', data: { 'application/vnd.gradbook.figure+json': { layers: [] }, 'text/plain': 'fig' } },
    { kind: 'error', ename: 'ValueError', evalue: 'bad', traceback: 'ValueError: bad\n' },
  ]);
});

test('markdown cells keep their attachment images', () => {
  const [intro] = parseNotebook(NOTEBOOK).cells;
  assert.deepEqual(intro.attachments, { 'dot.png': { 'image/png': 'iVBORw0KGgo=' } });
});

test('a notebook saved and read again has the same cells, ids, attachments and outputs', () => {
  const { title, cells } = parseNotebook(NOTEBOOK);
  const saved = serializeNotebook(cells.map((c) => ({ ...c, outputs: c.expected, executionCount: 3 })), { title });
  const again = parseNotebook(saved);
  assert.equal(again.title, 'Slopes');
  assert.deepEqual(again.cells, cells);
  const nb = JSON.parse(saved);
  assert.equal(nb.nbformat, 4);
  assert.deepEqual(nb.cells[1].source, ['x = 2\n', 'x * 3']);
  assert.equal(nb.cells[1].execution_count, 3);
});

test('saved cells get unique ids', () => {
  const nb = JSON.parse(serializeNotebook([{ type: 'code', source: '', id: 'a' }, { type: 'code', source: '', id: 'a' }, { type: 'markdown', source: '' }]));
  assert.deepEqual(nb.cells.map((c) => c.id), ['a', 'a-2', 'cell-3']);
});
