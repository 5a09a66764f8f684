// What a program meets when it reaches past what Gradbook supports: PyTorch names we lack
// raise NotImplementedError with a clear message; names PyTorch lacks too keep its AttributeError.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const py = pythonSession();

const output = (code) => {
  const reply = py.run(`import torch\n${code}`);
  assert.ok(reply.ok, reply.error?.traceback);
  return reply.stdout;
};
const error = (code) => {
  const reply = py.run(`import torch\n${code}`);
  assert.ok(!reply.ok, 'expected an error');
  return `${reply.error.ename}: ${reply.error.evalue}`;
};

test('a torch function we do not have yet', () => {
  assert.equal(error('torch.cumprod(torch.ones(3), 0)'), 'NotImplementedError: torch.cumprod is not supported yet');
});

test('a function of a submodule we do not have, however it is reached', () => {
  assert.equal(error('torch.fft.fft(torch.ones(4))'), 'NotImplementedError: torch.fft.fft is not supported yet');
  assert.equal(error('import torch.linalg\ntorch.linalg.det(torch.eye(2))'),
    'NotImplementedError: torch.linalg.det is not supported yet');
  assert.equal(error('from torch.special import expit'), 'NotImplementedError: torch.special.expit is not supported yet');
});

test('names of torch.nn, torch.optim and torch.utils.data we do not have yet', () => {
  assert.equal(error('torch.nn.Conv2d(1, 1, 3)'), 'NotImplementedError: torch.nn.Conv2d is not supported yet');
  assert.equal(error('import torch.nn.functional as F\nF.gelu(torch.ones(2))'),
    'NotImplementedError: torch.nn.functional.gelu is not supported yet');
  assert.equal(error('from torch.nn import BatchNorm1d'), 'NotImplementedError: torch.nn.BatchNorm1d is not supported yet');
  assert.equal(error('torch.optim.LBFGS'), 'NotImplementedError: torch.optim.LBFGS is not supported yet');
  assert.equal(error('torch.optim.lr_scheduler.CosineAnnealingLR'),
    'NotImplementedError: torch.optim.lr_scheduler.CosineAnnealingLR is not supported yet');
  assert.equal(error('torch.utils.data.IterableDataset'),
    'NotImplementedError: torch.utils.data.IterableDataset is not supported yet');
  assert.equal(error('torch.nn.Conv3x3'), "AttributeError: module 'torch.nn' has no attribute 'Conv3x3'");
});

test('every public module of PyTorch is known, nested ones too, with all its names', () => {
  assert.equal(error('import torch.distributions.normal\ntorch.distributions.normal.Normal(0, 1)'),
    'NotImplementedError: torch.distributions.normal.Normal is not supported yet');
  assert.equal(error('from torch.distributions import Categorical'),
    'NotImplementedError: torch.distributions.Categorical is not supported yet');
  assert.equal(error('from torch.nn.utils.rnn import pad_sequence'),
    'NotImplementedError: torch.nn.utils.rnn.pad_sequence is not supported yet');
  assert.equal(error('torch.autograd.functional.jacobian'),
    'NotImplementedError: torch.autograd.functional.jacobian is not supported yet');
  assert.equal(error('torch.autograd.gradcheck'), 'NotImplementedError: torch.autograd.gradcheck is not supported yet');
  assert.equal(error('torch.linalg.nosuch'), "AttributeError: module 'torch.linalg' has no attribute 'nosuch'");
  assert.equal(error('import torch.nosuch'), "ModuleNotFoundError: No module named 'torch.nosuch'");
});

test('a Tensor method we do not have yet', () => {
  assert.equal(error('torch.ones(2).numpy()'), 'NotImplementedError: Tensor.numpy is not supported yet');
});

test('the error is an ordinary NotImplementedError, and the traceback says no more', () => {
  const reply = py.run('import torch\ntorch.ones(2).cumprod(0)');
  assert.match(reply.error.traceback, /\nNotImplementedError: Tensor\.cumprod is not supported yet\n$/);
  assert.equal(output(`try:
    torch.ones(2).cumprod(0)
except NotImplementedError as e:
    print(type(e).__name__, isinstance(e, NotImplementedError))`), 'NotImplementedError True\n');
});

test('hasattr and getattr with a default see an unsupported Tensor method as absent', () => {
  assert.equal(output('print(hasattr(torch.ones(1), "numpy"), getattr(torch.ones(1), "cumprod", None))'), 'False None\n');
});

test('names PyTorch does not have either raise its AttributeError', () => {
  assert.equal(error('torch.tensr([1])'), "AttributeError: module 'torch' has no attribute 'tensr'");
  assert.equal(error('torch.ones(1).sizee()'), "AttributeError: 'Tensor' object has no attribute 'sizee'");
});

test('sign_ and absolute_ are Tensor methods only, as in PyTorch', () => {
  assert.equal(error('torch.sign_(torch.ones(1))'), "AttributeError: module 'torch' has no attribute 'sign_'");
  assert.equal(error('torch.absolute_'), "AttributeError: module 'torch' has no attribute 'absolute_'");
  assert.equal(output('print(torch.tensor([-2.0]).sign_(), torch.tensor([-2.0]).absolute_())'),
    'tensor([-1.]) tensor([2.])\n');
});

test('torch.tensor of a tensor warns on stderr, as PyTorch does', () => {
  let stderr = '';
  const reply = py.runtime.run('import torch, sys, io\nsys.stderr = io.StringIO()\nt = torch.tensor(torch.ones(2))\n'
    + 'warning = sys.stderr.getvalue()\nsys.stderr = sys.__stderr__\nwarning', '<cell>');
  stderr = reply.result['text/plain'];
  assert.match(stderr, /UserWarning: To copy construct from a tensor, it is recommended to use sourceTensor\.clone\(\)\.detach\(\)/);
});
