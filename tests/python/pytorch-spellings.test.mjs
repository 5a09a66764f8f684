// Spellings real programs use that PyTorch accepts beside its own: the legacy
// torch.autograd.Variable, NumPy's keyword names, and Tensor.new_* factories.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const py = pythonSession();
const { output } = py;
const error = (code) => {
  const reply = py.run(`import torch\n${code}`);
  assert.ok(!reply.ok, 'expected an error');
  return `${reply.error.ename}: ${reply.error.evalue}`;
};

test('Variable(t) is a new tensor over the same values, detached, requiring grad only if asked', () => {
  assert.equal(output(`import torch
from torch.autograd import Variable
a = torch.ones(2, requires_grad=True)
v = Variable(a * 2)
w = Variable(v, requires_grad=True)
v[0] = 7
print(type(v).__name__, v.requires_grad, v.grad_fn, w, isinstance(v, Variable), isinstance(1, Variable))`),
  'Tensor False None tensor([7., 2.], requires_grad=True) True False\n');
  assert.equal(error('torch.autograd.Variable(3)'), 'TypeError: Variable data has to be a tensor, but got int');
});

test('axis= and keepdims= stand for dim= and keepdim=; giving both spellings is an error', () => {
  assert.equal(output(`import torch
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(t.sum(axis=0, keepdims=True), torch.max(t, axis=1, keepdims=True).values, torch.cat([t, t], axis=1).shape)`),
  'tensor([[4., 6.]]) tensor([[2.],\n        [4.]]) torch.Size([2, 4])\n');
  assert.equal(error('torch.ones(2).sum(keepdim=True, keepdims=True)'),
    "TypeError: sum() got multiple values for argument 'keepdim'");
});

test('x=, x1= and x2= stand for input= and other=', () => {
  assert.equal(output(`import torch
t = torch.tensor([1.0, 2.0])
print(torch.add(x1=t, x2=t), torch.neg(x=t), torch.mul(t, x2=t))`),
  'tensor([2., 4.]) tensor([-1., -2.]) tensor([1., 4.])\n');
});

test('new_* factories take dtype from the tensor they are called on, not its history', () => {
  assert.equal(output(`import torch
i = torch.ones(2, dtype=torch.int64)
r = torch.ones(2, dtype=torch.float64, requires_grad=True)
print(i.new_tensor([1.7, 2]), r.new_zeros(2, 1).dtype, r.new_ones(2).requires_grad, i.new_full((2,), 2.5))`),
  'tensor([1, 2]) torch.float64 False tensor([2, 2])\n');
});

test("linspace is PyTorch's to the last bit (the polynomial tutorials' x)", () => {
  assert.equal(output(`import math, torch
x = torch.linspace(-math.pi, math.pi, 2000)
print(x[999].item().hex(), x[1001].item().hex())`),
  '-0x1.9bfac00000000p-10 0x1.34fc380000000p-8\n');
});
