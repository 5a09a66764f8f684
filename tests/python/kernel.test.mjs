// The cell kernel: what a cell's last value shows as (mime bundles), publishing mid-cell (figures
// too), errors as the page receives them, and tracebacks that quote the learner's code and name
// the failing line.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const TENSOR = 'application/vnd.gradbook.tensor+json';
const FIGURE = 'application/vnd.gradbook.figure+json';

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

test('a _repr_mimebundle_ that returns what JSON cannot carry is reported, and the value shows as text', () => {
  const reply = py.run(`class Weird:
    def __init__(self, bundle): self.bundle = bundle
    def _repr_mimebundle_(self, **kwargs): return self.bundle
    def __repr__(self): return "Weird()"
Weird({1, 2})`);
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.result, { 'text/plain': 'Weird()' });
  assert.equal(reply.stderr, 'FormatterWarning: Weird._repr_mimebundle_() returned set, not dict; showing repr() instead\n');

  const inside = py.run('Weird({"text/html": object()})');
  assert.deepEqual(inside.result, { 'text/plain': 'Weird()' });
  assert.match(inside.stderr, /^FormatterWarning: Weird\._repr_mimebundle_\(\) returned data that JSON cannot carry \(Object of type object is not JSON serializable\); showing repr\(\) instead\n$/);

  const shown = py.run('import gradbook\ngradbook.display(Weird({"text/html": {3}}))\nprint("after")');
  assert.equal(shown.ok, true);
  assert.deepEqual(shown.displays, [{ 'text/plain': 'Weird()' }]);
  assert.equal(shown.stdout, 'after\n');
  assert.equal(py.output('print(1 + 1)'), '2\n', 'the kernel goes on');
});

test("a rich repr that raises shows the learner's traceback on stderr, and the value as text", () => {
  const reply = py.run(`class Broken:
    def _repr_html_(self):
        raise ValueError("no html today")
    def _repr_latex_(self): return 42
    def __repr__(self): return "Broken()"
Broken()`);
  assert.deepEqual(reply.result, { 'text/plain': 'Broken()' });
  assert.match(reply.stderr, /^Traceback \(most recent call last\):\n {2}File "<cell \d+>", line 3, in _repr_html_\n/);
  assert.match(reply.stderr, /\nValueError: no html today\nFormatterWarning: Broken\._repr_latex_\(\) returned int, not str; showing repr\(\) instead\n$/);
});

test('engine errors arrive as the Python exception PyTorch raises', () => {
  const reply = py.run(`import torch
a = torch.tensor([1.0, 2.0])
a + torch.tensor([1.0, 2.0, 3.0])`);
  assert.equal(reply.ok, false);
  assert.equal(reply.error.ename, 'RuntimeError');
  assert.equal(reply.error.evalue, 'The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0');
  assert.equal(reply.error.lineno, 3);
  assert.match(reply.error.traceback, /File "<cell \d+>", line 3, in <module>/);
  assert.doesNotMatch(reply.error.traceback, /File "\/lib\/|_pyodide/, 'internal frames are hidden');
});

test('a cell after an error still runs in the same namespace', () => {
  py.run('import torch\nx = torch.tensor([1.0])\nx + torch.tensor([1.0, 2.0, 3.0, 4.0]).view(2, 2, 1)[5]');
  assert.equal(py.output('print(x)'), 'tensor([1.])\n');
});

test('the last expression of a cell is its result', () => {
  const reply = py.run('import torch\ntorch.tensor([1.0, 2.0]) * 2');
  assert.equal(reply.result['text/plain'], 'tensor([2., 4.])');
});

test("matplotlib's show publishes the figure mid-cell", () => {
  const reply = py.run(`import matplotlib.pyplot as plt
import torch
plt.figure()
plt.plot(torch.tensor([1.0, 0.5, 0.25]), 'o-', label="loss")
plt.xlabel("step"); plt.ylabel("loss"); plt.title("Training"); plt.legend()
plt.show()
print("after")`);
  assert.ok(reply.ok, reply.error?.traceback);
  assert.equal(reply.stdout, 'after\n');
  assert.equal(reply.displays.length, 1);
  const spec = reply.displays[0][FIGURE];
  assert.deepEqual([spec.title, spec.xlabel, spec.ylabel, spec.legend], ['Training', 'step', 'loss', true]);
  assert.deepEqual(spec.layers[0], { type: 'line', x: [0, 1, 2], y: [1, 0.5, 0.25], label: 'loss', color: '#1f77b4', markers: true });
  assert.equal(reply.displays[0]['text/plain'], '<Figure size 640x480 with 1 Axes>');
});

test('a figure drawn but not shown appears when the cell ends, as with Jupyter inline plots', () => {
  const reply = py.run(`import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.scatter([0, 1, 2], [1, 0, 1], c=[0, 1, 0])
ax.set_title("points")`);
  assert.equal(reply.displays.length, 1);
  const spec = reply.displays[0][FIGURE];
  assert.equal(spec.title, 'points');
  assert.deepEqual(spec.layers.map((l) => [l.type, l.x]), [['scatter', [0, 2]], ['scatter', [1]]]);
  assert.equal(py.run('plt.show()').displays.length, 0, 'shown figures are closed');
});
