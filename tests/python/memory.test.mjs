// Engine memory as a learner's training loop sees it: every tensor dies when its Python
// object does, so a long loop in one cell runs in constant memory, and an allocation that
// cannot be satisfied is PyTorch's RuntimeError, after which the runtime carries on.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const py = pythonSession();

const { output } = py;

test('5,000 training steps of a two-layer network keep live tensors and the heap flat', () => {
  // Linear layers written as broadcast multiply-and-sum, a squared hidden activation, mean
  // squared error, and in-place SGD updates under no_grad, as a lesson would write them.
  const text = output(`import torch
x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.5], [-2.0, 1.0, 0.75], [0.1, 0.2, 0.3]])
y = torch.tensor([[1.0], [0.0], [-1.0], [0.5]])
w1 = torch.tensor([[0.1, -0.2, 0.3, 0.05], [0.2, 0.1, -0.1, 0.15], [-0.3, 0.2, 0.1, -0.05]], requires_grad=True)
b1 = torch.tensor([0.0, 0.1, -0.1, 0.05], requires_grad=True)
w2 = torch.tensor([[0.3], [-0.2], [0.1], [0.25]], requires_grad=True)
b2 = torch.tensor([0.05], requires_grad=True)
params = [w1, b1, w2, b2]

def linear(inp, w, b):
    return (inp.view(inp.shape[0], w.shape[0], 1) * w.view(1, w.shape[0], w.shape[1])).sum(1) + b

losses = []
for step in range(5000):
    h = linear(x, w1, b1)
    out = linear(h * h, w2, b2)
    loss = ((out - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 0.01 * p.grad
            p.grad = None
    if step == 100:
        live, heap = torch._live_tensors(), torch._heap_bytes()
    if step % 1000 == 0:
        losses.append(loss.item())
print(torch._live_tensors() - live, torch._heap_bytes() - heap, torch._heap_bytes() < 64 * 2**20)
print(losses[-1] < losses[0])`);
  assert.equal(text, '0 0 True\nTrue\n');
});

test('an allocation that cannot be satisfied raises RuntimeError, and the runtime carries on', () => {
  const reply = py.run(`import torch
torch.tensor([0.0]).expand(50000, 50000).clone()`);
  assert.equal(reply.ok, false);
  assert.equal(reply.error.ename, 'RuntimeError');
  assert.equal(reply.error.evalue,
    '[enforce fail at alloc_cpu.cpp:75] data. DefaultCPUAllocator: not enough memory: you tried to allocate 10000000000 bytes.');
  assert.equal(output('print(torch.tensor([2.0]) * 3)'), 'tensor([6.])\n');
});

test('a chain of a million additions is built, run backward and freed, and live tensors are back', () => {
  const text = output(`import torch
live = torch._live_tensors()
x = torch.tensor(1.0, requires_grad=True)
total = x
for step in range(1_000_000):
    total = total + x
total.backward()
print(x.grad)
del total
print(torch._live_tensors() - live)
del x
print(torch._live_tensors() - live)`);
  assert.equal(text, 'tensor(1000001.)\n2\n0\n');
});

test('a hundred deep graphs freed in a row leave the runtime working', () => {
  const text = output(`import torch
live = torch._live_tensors()
x = torch.tensor([1.0], requires_grad=True)
for graph in range(100):
    total = x
    for step in range(5_000):  # 10,000 nodes deep
        total = total * 1.0 + x
    del total
del x
print(torch._live_tensors() - live)
print(torch.tensor([2.0]) * 3)`);
  assert.equal(text, '0\ntensor([6.])\n');
});
