// The cell kernel: what a cell's last value shows as (mime bundles), publishing mid-cell, and
// tracebacks that quote the learner's code and name the failing line.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const TENSOR = 'application/vnd.gradbook.tensor+json';

const py = pythonSession();

test("a tensor result carries PyTorch's text and a table with its autograd state", () => {
  const { result } = py.run('import torch\nx = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)\nx * 2');
  assert.equal(result['text/plain'], 'tensor([[2., 4.],\n        [6., 8.]], grad_fn=<MulBackward0>)');
  assert.deepEqual(result[TENSOR], {
    shape: [2, 2], dtype: 'torch.float32', requires_grad: true, grad_fn: 'MulBackward0', is_leaf: false,
    text: result['text/plain'], values: [[2, 4], [6, 8]],
  });
});

test('a big tensor is summarized in the table as PyTorch summarizes its text', () => {
  const { result } = py.run('import torch\ntorch.tensor([float(i) for i in range(2000)])');
  const info = result[TENSOR];
  assert.deepEqual(info.values, [0, 1, 2, null, 1997, 1998, 1999]);
  assert.deepEqual(info.index, [[0, 1, 2, null, 1997, 1998, 1999]]);
});

test('NaN and infinity reach the page as strings JavaScript reads back', () => {
  const { result } = py.run("import torch\ntorch.tensor([float('nan'), float('inf'), -float('inf')])");
  assert.deepEqual(result[TENSOR].values.map(Number), [NaN, Infinity, -Infinity]);
});

test("objects show through Jupyter's _repr_*_ methods, with text/plain always there", () => {
  const { result } = py.run(`class Card:
    def _repr_html_(self): return "<b>hi</b>"
    def _repr_markdown_(self): return "**hi**"
    def __repr__(self): return "Card()"
Card()`);
  assert.deepEqual(result, { 'text/html': '<b>hi</b>', 'text/markdown': '**hi**', 'text/plain': 'Card()' });
});

test('None as the last value shows nothing; other values become _', () => {
  assert.equal(py.run('None').result, null);
  py.run('41 + 1');
  assert.equal(py.run('print(_)').stdout, '42\n');
});

test('gradbook.display shows values mid-cell, after what was printed before', () => {
  const reply = py.run('import gradbook\nprint("a")\ngradbook.display(1, "two")\nprint("b")');
  assert.equal(reply.stdout, 'a\nb\n');
  assert.deepEqual(reply.displays, [{ 'text/plain': '1' }, { 'text/plain': "'two'" }]);
});

test("a traceback quotes the cell's code and gives the failing line", () => {
  py.run('def f(v):\n    return v.view(3)');
  const { ok, error } = py.run('import torch\nf(torch.tensor([1.0]))');
  assert.equal(ok, false);
  assert.equal(error.lineno, 2);
  assert.match(error.traceback, /File "<cell \d+>", line 2, in <module>\n {4}f\(torch\.tensor\(\[1\.0\]\)\)\n/);
  assert.match(error.traceback, /line 2, in f\n {4}return v\.view\(3\)\n/);
});

test('a syntax error gives its line too', () => {
  const { error } = py.run('x = 1\ny = (2\n');
  assert.equal(error.ename, 'SyntaxError');
  assert.equal(error.lineno, 2);
});
