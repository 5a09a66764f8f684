// The gradbook module: the computational graph with traced gradients, the chain rule written out,
// landscapes, decision boundaries, line charts and the matplotlib subset, as the data the page draws.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const GRAPH = 'application/vnd.gradbook.graph+json';
const FIGURE = 'application/vnd.gradbook.figure+json';
const SEED = `import torch, gradbook
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
z = 3 * (x ** 2) + 2 * y + 5
`;

const py = pythonSession({ traceBackward: true });

function result(code) {
  const reply = py.run(code);
  assert.ok(reply.ok, reply.error?.traceback);
  return reply.result;
}

const byTitle = (spec, title) => spec.nodes.filter((node) => node.title === title);
const edge = (spec, fromTitle, toTitle) => spec.edges.find((e) =>
  spec.nodes.find((n) => n.id === e.from).title === fromTitle && spec.nodes.find((n) => n.id === e.to).title === toTitle);

test('graph names every node by its grad_fn and shows the leaves with values', () => {
  const spec = result(SEED + 'gradbook.graph(z)')[GRAPH];
  assert.deepEqual(spec.nodes.map((n) => n.title).sort(),
    ['AddBackward0', 'AddBackward0', 'MulBackward0', 'MulBackward0', 'PowBackward0', 'x', 'y', 'z'].sort());
  const [x] = byTitle(spec, 'x');
  assert.equal(x.kind, 'leaf');
  assert.equal(x.subtitle, 'AccumulateGrad');
  assert.deepEqual(x.lines, ['[1., 2., 3.]', 'grad None']);
  assert.deepEqual(byTitle(spec, 'z')[0].lines, ['[16., 27., 44.]']);
  assert.equal(spec.edges.length, 7);
  assert.ok(spec.edges.every((e) => e.grad === null));
  assert.match(spec.note, /Run backward\(\)/);
});

test('after backward, each edge of the graph carries the gradient that flowed along it', () => {
  const spec = result(SEED + 'z.backward(torch.ones_like(x))\ngradbook.graph(z)')[GRAPH];
  assert.equal(edge(spec, 'z', 'AddBackward0').grad, '[1., 1., 1.]');
  assert.equal(edge(spec, 'MulBackward0', 'PowBackward0').grad, '[3., 3., 3.]');
  assert.equal(edge(spec, 'PowBackward0', 'x').grad, '[ 6., 12., 18.]');
  assert.equal(edge(spec, 'MulBackward0', 'y').grad, '[2., 2., 2.]');
  assert.deepEqual(byTitle(spec, 'x')[0].lines, ['[1., 2., 3.]', 'grad [ 6., 12., 18.]']);
  assert.equal(spec.traced, true);
});

test("graph names a module's parameters by where they live: model.0.weight", () => {
  const spec = result(`import torch, gradbook
model = torch.nn.Sequential(torch.nn.Linear(2, 1))
loss = model(torch.ones(1, 2)).sum()
gradbook.graph(loss)`)[GRAPH];
  const leaves = spec.nodes.filter((node) => node.kind === 'leaf').map((node) => node.title).sort();
  assert.deepEqual(leaves, ['model.0.bias', 'model.0.weight']);
});

test('graph labels a tensor whose printed row is too wide by its shape', () => {
  const spec = result(`import torch, gradbook
wide = torch.linspace(-1, 1, 8, requires_grad=True)
column = torch.linspace(-1, 1, 8).reshape(8, 1).requires_grad_()
gradbook.graph((wide * 3).sum() + column.sum())`)[GRAPH];
  assert.equal(byTitle(spec, 'wide')[0].lines[0], '[8] tensor');
  assert.equal(byTitle(spec, 'column')[0].lines[0].split('\n').length, 8, 'a narrow column keeps its values');
});

test("graph's text form lists the edges top-down", () => {
  const text = result(SEED + 'z.backward(torch.ones_like(x))\ngradbook.graph(z)')['text/plain'];
  assert.equal(text.split('\n')[0], 'computational graph of z:');
  assert.equal(text.split('\n')[1], '  z -> AddBackward0   grad [1., 1., 1.]');
  assert.equal(text.split('\n').at(-1), '  PowBackward0 -> x   grad [ 6., 12., 18.]');
});

test('explain writes the chain rule for x.grad with the numbers', () => {
  const bundle = result(SEED + 'z.backward(torch.ones_like(x))\ngradbook.explain(x)');
  const lines = bundle['text/plain'].split('\n');
  assert.deepEqual(lines.slice(0, 5), [
    'u₁ = x^2   (PowBackward0)',
    'u₂ = 3·u₁   (MulBackward0)',
    'u₃ = 2·y   (MulBackward0)',
    'u₄ = u₂ + u₃   (AddBackward0)',
    'z = u₄ + c   (AddBackward0)',
  ]);
  assert.equal(lines[5], '∂z/∂x = ∂z/∂u₄ · ∂u₄/∂u₂ · ∂u₂/∂u₁ · ∂u₁/∂x = 1 · 1 · 3 · 2x = 6x = [6, 12, 18]');
  assert.match(bundle['text/markdown'], /= 1 \\cdot 1 \\cdot 3 \\cdot 2x = 6x = \\texttt\{\[6,\\ 12,\\ 18\]\}/);
});

test('explain adds up the paths when a leaf is used twice', () => {
  const text = result(`import torch, gradbook
a = torch.tensor(2.0, requires_grad=True)
b = a * a + a / 4
b.backward()
gradbook.explain(a)`)['text/plain'];
  assert.match(text, /^u₂ = a \/ 4 {3}\(DivBackward0\)$/m);
  assert.match(text, /path: ∂b\/∂u₂ · ∂u₂\/∂a = 1 · 0\.25 = 0\.25$/m);
  assert.equal((text.match(/path: ∂b\/∂u₁ · ∂u₁\/∂a = 1 · a = a$/gm) ?? []).length, 2);
  assert.equal(text.split('\n').at(-1), '∂b/∂a = sum of the paths = 4.25');
});

test('explain warns when .grad also holds gradients of earlier backward passes', () => {
  const text = result(SEED + 'z.backward(torch.ones_like(x), retain_graph=True)\nz.backward(torch.ones_like(x))\ngradbook.explain(x)')['text/plain'];
  assert.match(text, /= 6x = \[6, 12, 18\]$/m);
  assert.match(text, /^x\.grad is \[12, 24, 36\], not \[6, 12, 18\]: gradients add up in \.grad across backward passes/m);
});

test('explain says so when no backward pass has reached the tensor', () => {
  const text = result('import torch, gradbook\nw = torch.tensor([1.0], requires_grad=True)\ngradbook.explain(w)')['text/plain'];
  assert.equal(text, 'w.grad is None: there is no chain rule to show until a backward pass reaches w.');
});

test('a non-ones gradient passed to backward is named as a vector-Jacobian product', () => {
  const text = result(SEED + 'z.backward(torch.tensor([1.0, 0.5, 2.0]))\ngradbook.explain(x)')['text/plain'];
  assert.match(text, /= 1 · 1 · 3 · 2x = 6x$/m);
  assert.match(text, /backward\(\) started from the gradient \[1\.0000, 0\.5000, 2\.0000\] instead of ones, .*: x\.grad = \[6, 6, 36\]$/m);
});

test('grad_fn keeps the exponent and alpha PyTorch shows as _saved_exponent and _saved_alpha', () => {
  const reply = py.run(`import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
p = x ** 2
q = p + x
print(p.grad_fn._saved_exponent, (x ** 0.5).grad_fn._saved_exponent, q.grad_fn._saved_alpha)
q.sum().backward()
print(p.grad_fn._saved_exponent)`);
  assert.equal(reply.stdout, '2 0.5 1\n2\n');
});

test('landscape samples f on a grid and points the arrows downhill', () => {
  const spec = result(`import gradbook
gradbook.landscape(lambda a, b: a ** 2 + 3 * b ** 2, (-2, 2), (-1, 1), path=[(1.0, 0.5), (0.5, 0.2)], resolution=5, arrows=2)`)[FIGURE];
  assert.deepEqual(spec.layers.map((layer) => layer.type), ['field', 'arrows', 'path']);
  const [field, arrows, path] = spec.layers;
  assert.deepEqual([field.x, field.y], [[-2, 2], [-1, 1]]);
  assert.deepEqual(field.z[0], [7, 4, 3, 4, 7]); // y = -1: x² + 3
  assert.deepEqual(field.z[2], [4, 1, 0, 1, 4]); // y = 0
  // At (1, 0.5) the gradient is (2, 3): downhill is (-2, -3).
  assert.deepEqual(arrows.points.find(([px, py]) => px === 1 && py === 0.5), [1, 0.5, -2, -3]);
  assert.deepEqual([path.x, path.y], [[1, 0.5], [0.5, 0.2]]);
});

test('landscape evaluates a function of numbers point by point and leaves the latest backward trace alone', () => {
  py.run(SEED + 'z.backward(torch.ones_like(x))');
  const spec = result('gradbook.landscape(lambda a, b: float(a) * float(b), (0, 1), (0, 1), resolution=3)')[FIGURE];
  assert.deepEqual(spec.layers[0].z, [[0, 0, 0], [0, 0.25, 0.5], [0, 0.5, 1]]);
  assert.equal(spec.layers.length, 1, 'no gradient, so no arrows');
  assert.equal(result('gradbook.graph(z)')[GRAPH].traced, true);
});

test('decision_boundary shades the probability of class 1 and colours the points by class', () => {
  const spec = result(`import torch, gradbook
X = torch.tensor([[-1.0, 0.0], [1.0, 0.0]])
labels = torch.tensor([0, 1])
gradbook.decision_boundary(lambda points: points.sum(1) * 5, X, labels, x_range=(-1, 1), y_range=(-1, 1), resolution=3)`)[FIGURE];
  const [field, class0, class1] = spec.layers;
  assert.deepEqual(field.domain, [0, 1]);
  assert.equal(field.z[1][1], 0.5);
  assert.ok(field.z[1][0] < 0.01 && field.z[1][2] > 0.99);
  assert.deepEqual([class0.label, class0.x, class1.label, class1.x], ['class 0', [-1], 'class 1', [1]]);
});

test('plot draws one line per series', () => {
  const spec = result('import gradbook\ngradbook.plot({"train": [3, 2, 1], "test": [4, 3, 3]}, title="loss", xlabel="epoch")')[FIGURE];
  assert.equal(spec.title, 'loss');
  assert.equal(spec.xlabel, 'epoch');
  assert.deepEqual(spec.layers.map((l) => [l.type, l.label, l.x, l.y]), [
    ['line', 'train', [0, 1, 2], [3, 2, 1]],
    ['line', 'test', [0, 1, 2], [4, 3, 3]],
  ]);
  assert.equal(spec.legend, true);
  assert.equal(spec.log_y, false);
  assert.equal(result('gradbook.plot([1, 0.1, 0.01], log_y=True)')[FIGURE].log_y, true);
});

test('landscape draws several named paths, each in its own colour', () => {
  const spec = result(`import gradbook
gradbook.landscape(lambda a, b: a * a + b * b, (-1, 1), (-1, 1), resolution=3, arrows=0,
                   path={"SGD": [(1, 1), (0.5, 0.5)], "Adam": [(-1, 1), (0, 0)]})`)[FIGURE];
  const paths = spec.layers.filter((layer) => layer.type === 'path');
  assert.deepEqual(paths.map((p) => p.label), ['SGD', 'Adam']);
  assert.notEqual(paths[0].color, paths[1].color);
});

test("matplotlib's plot, labels, legend and show display a figure", () => {
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

test('subplots with more than one axes is refused clearly', () => {
  const reply = py.run('import matplotlib.pyplot as plt\nplt.subplots(2, 1)');
  assert.equal(reply.error.ename, 'NotImplementedError');
});
