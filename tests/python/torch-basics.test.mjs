// The Python `torch` package over the engine: operators, printing, autograd state, errors
// and memory, as a learner meets them in the seed lesson.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const py = pythonSession();

const { output } = py;

test('numbers on either side of an operator', () => {
  const text = output(`import torch
x = torch.tensor([1.0, 2.0, 4.0])
print(3 * x, 2 + x, 1 - x, 8 / x, x / 2, x - 1, -x, x ** 2)`);
  assert.equal(text, 'tensor([ 3.,  6., 12.]) tensor([3., 4., 6.]) tensor([ 0., -1., -3.]) tensor([8., 4., 2.]) ' +
    'tensor([0.5000, 1.0000, 2.0000]) tensor([0., 1., 3.]) tensor([-1., -2., -4.]) tensor([ 1.,  4., 16.])\n');
});

test('print and repr use PyTorch format', () => {
  const text = output(`import torch
x = torch.tensor([[1, 2], [3, 4]])
print(x)
print(repr(torch.tensor(3.14159)))`);
  assert.equal(text, 'tensor([[1, 2],\n        [3, 4]])\ntensor(3.1416)\n');
});

test('.grad is None before backward and filled after', () => {
  const text = output(`import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
z = 3 * (x ** 2) + 2 * y + 5
print(x.grad, y.grad)
z.backward(torch.ones_like(x))
print(x.grad, y.grad)`);
  assert.equal(text, 'None None\ntensor([ 6., 12., 18.]) tensor([2., 2., 2.])\n');
});

test('requires_grad= marks a leaf and grad_fn names the op as PyTorch does', () => {
  const text = output(`import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
z = (x * 2).sum()
print(x.requires_grad, x.is_leaf, z.is_leaf, type(z.grad_fn).__name__, z.grad_fn.next_functions[0][0].name())`);
  assert.equal(text, 'True True False SumBackward0 MulBackward0\n');
});

test('one engine tensor keeps one Python identity', () => {
  const text = output(`import torch
x = torch.tensor([1.0], requires_grad=True)
(x * 3).sum().backward()
g = x.grad
with torch.no_grad():
    same = x.add_(1)
print(g is x.grad, same is x)`);
  assert.equal(text, 'True True\n');
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
  assert.equal(output('print(x)'), 'tensor([1.])\n');
});

test('the last expression of a cell is its result', () => {
  const reply = py.run('import torch\ntorch.tensor([1.0, 2.0]) * 2');
  assert.equal(reply.result['text/plain'], 'tensor([2., 4.])');
});

test('a training-style loop of 100,000 steps frees every tensor it makes', () => {
  const text = output(`import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
before = torch._live_tensors()
for _ in range(100_000):
    z = 3 * (x ** 2) + 2 * y + 5
del z
print(torch._live_tensors() - before)`);
  assert.equal(text, '0\n');
});

test('float64 log, log2 and pow round as Python\'s math module does (the accurate C library)', () => {
  const text = output(`import math, torch
xs = [0.001 + i * 0.7331 for i in range(2000)]
t = torch.tensor(xs, dtype=torch.float64)
print(torch.log(t).tolist() == [math.log(x) for x in xs])
print(torch.log2(t).tolist() == [math.log2(x) for x in xs])
print(torch.pow(t, 0.37).tolist() == [math.pow(x, 0.37) for x in xs])`);
  assert.equal(text, 'True\nTrue\nTrue\n');
});

test('no_grad works as a context manager and a decorator', () => {
  const text = output(`import torch
x = torch.tensor([1.0], requires_grad=True)
with torch.no_grad():
    a = x * 2
@torch.no_grad()
def double(t):
    return t * 2
print(a.requires_grad, double(x).requires_grad, (x * 2).requires_grad, torch.is_grad_enabled())`);
  assert.equal(text, 'False False True True\n');
});
