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

test('a notebook gives its cells in order, raw ones too, with stored outputs', () => {
  const nb = {
    nbformat: 4,
    cells: [
      { cell_type: 'markdown', source: ['# Nb\n', 'text'] },
      { cell_type: 'raw', source: 'kept as written' },
      { cell_type: 'code', source: 'print(2)', outputs: [{ output_type: 'stream', name: 'stdout', text: ['2\n'] }] },
    ],
  };
  const lesson = parseNotebook(JSON.stringify(nb));
  assert.equal(lesson.title, 'Nb');
  assert.deepEqual(lesson.cells.map((c) => [c.type, c.source]), [['markdown', '# Nb\ntext'], ['raw', 'kept as written'], ['code', 'print(2)']]);
  assert.deepEqual(lesson.cells[2].expected, [{ kind: 'stream', name: 'stdout', text: '2\n' }]);
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

test('raw cells, unknown cell types, cell and notebook metadata survive a save', () => {
  const strange = { cell_type: 'widget-state', id: 'w', metadata: {}, source: 'opaque', state: { a: [1, 2] } };
  const original = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Torch' }, authors: ['A. Author'] },
    cells: [
      { cell_type: 'raw', id: 'r', metadata: { format: 'text/x-rst' }, source: ['.. note::\n', '   kept'] },
      strange,
      { cell_type: 'code', id: 'c', metadata: { tags: ['solution'], collapsed: true }, execution_count: null, source: ['x = 1'], outputs: [] },
      { cell_type: 'markdown', id: 'm', metadata: { slideshow: { slide_type: 'slide' } }, source: ['# T'] },
    ],
  };
  const { title, metadata, cells } = parseNotebook(JSON.stringify(original));
  const saved = JSON.parse(serializeNotebook(cells.map((c) => ({ ...c, outputs: c.expected })), { title, metadata }));
  assert.deepEqual(saved.cells, original.cells);
  assert.deepEqual(saved.metadata.authors, ['A. Author']);
  assert.deepEqual(saved.metadata.kernelspec, original.metadata.kernelspec);
});

test('a broken notebook is refused with a message that names the cell and the field', () => {
  const broken = (cell) => () => parseNotebook(JSON.stringify({ nbformat: 4, cells: [{ cell_type: 'markdown', source: '' }, cell] }));
  assert.throws(broken({ cell_type: 'code', source: 5 }), {
    message: 'cell 2: "source" must be a string or a list of strings, not a number (5)',
  });
  assert.throws(broken({ cell_type: 'code', source: '', outputs: 'x' }), { message: 'cell 2: "outputs" must be a list, not a string ("x")' });
  assert.throws(broken({ cell_type: 'code', source: '', outputs: [null] }), { message: 'cell 2, output 1: an output must be an object, not null' });
  assert.throws(broken({ cell_type: 'code', source: '', outputs: [{ output_type: 'stream', name: 'stdout', text: 3 }] }),
    /^SyntaxError: cell 2, output 1: "text" must be a string or a list of strings, not a number/);
  assert.throws(broken({ cell_type: 'code', source: '', outputs: [{ output_type: 'display_data', data: { 'text/plain': {} } }] }),
    /cell 2, output 1: "data" must be a mime bundle/);
  assert.throws(broken({ cell_type: 'code', source: '', outputs: [{ output_type: 'error', traceback: 'x' }] }),
    /cell 2, output 1: "traceback" must be a list of strings/);
  assert.throws(broken(null), { message: 'cell 2: a cell must be an object, not null' });
  assert.throws(broken({ source: '' }), { message: 'cell 2: "cell_type" must be a string, not missing' });
  assert.throws(broken({ cell_type: 'markdown', source: '', metadata: [] }), { message: 'cell 2: "metadata" must be an object, not a list' });
  assert.throws(broken({ cell_type: 'markdown', source: '', attachments: { 'a.png': 'x' } }), /cell 2: "attachments" must map file names to mime bundles/);
});

test('an nbformat 3 notebook is refused with what to do about it', () => {
  const v3 = { nbformat: 3, nbformat_minor: 0, worksheets: [{ cells: [] }] };
  assert.throws(() => parseNotebook(JSON.stringify(v3)), { message: 'nbformat 3 is not supported; save it as nbformat 4' });
});
