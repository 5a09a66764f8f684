// Python code the engine calls back (tensor hooks, custom autograd Functions) and the autograd
// API's warnings: what conformance cases cannot see — lifetimes, stderr, tracebacks.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const py = pythonSession();

const { output } = py;

test('custom Function nodes and their contexts are freed with their graph', () => {
  const text = output(`import torch
from torch import _host
class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g
x = torch.tensor([1.0, 2.0], requires_grad=True)
x.grad = torch.zeros_like(x)
tensors, objects = torch._live_tensors(), len(_host._objects)
for _ in range(200):
    Square.apply(x).sum().backward()
y = Square.apply(x)
print(len(_host._objects) - objects)
del y
print(torch._live_tensors() - tensors, len(_host._objects) - objects)`);
  assert.equal(text, '1\n0 0\n');
});

test('hooks are released with the tensor they were registered on', () => {
  const text = output(`import torch
from torch import _host
objects = len(_host._objects)
for _ in range(50):
    x = torch.tensor([1.0], requires_grad=True)
    x.register_hook(lambda g: g * 2)
    (x * 3).backward()
del x
print(len(_host._objects) - objects)`);
  assert.equal(text, '0\n');
});

test('an exception raised in a backward keeps its type and traceback, and the engine stays usable', () => {
  const reply = py.run(`import torch
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2
    @staticmethod
    def backward(ctx, g):
        raise KeyError("inside backward")
x = torch.tensor([1.0], requires_grad=True)
Bad.apply(x).backward()`);
  assert.equal(reply.ok, false);
  assert.equal(reply.error.ename, 'KeyError');
  assert.match(reply.error.traceback, /line 8, in backward/);
  assert.equal(output('print((x * 4).sum().item(), torch.is_grad_enabled())'), '4.0 True\n');
});

test('reading .grad of a non-leaf warns on stderr, as PyTorch does', () => {
  const reply = py.run(`import torch
x = torch.tensor([1.0], requires_grad=True)
y = x * 2
print(y.grad)`);
  assert.equal(reply.stdout, 'None\n');
  assert.match(reply.stderr, /^<cell \d+>:4: UserWarning: The \.grad attribute of a Tensor that is not a leaf Tensor is being accessed/);
});

test('x.T on a tensor that is not a matrix warns on stderr', () => {
  const reply = py.run(`import torch
v = torch.tensor([1.0, 2.0])
print(v.T)`);
  assert.equal(reply.stdout, 'tensor([1., 2.])\n');
  assert.match(reply.stderr, /UserWarning: The use of `x\.T` on tensors of dimension other than 2/);
});
