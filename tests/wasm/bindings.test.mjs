// How engine functions cross into JavaScript: each is exported as it is, with one conversion per
// C++ type (tensors as handles, shapes and dims as arrays, enums as the codes the engine
// publishes), in-place ops returning nothing, and engine errors as JS errors with PyTorch's text.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { loadEngine } from '../../dist/engine/engine.mjs';

let gb;
let ops;
before(async () => {
  gb = await loadEngine();
  ops = gb.ops;
});

const code = (list, name) => {
  const found = list.indexOf(name);
  assert.ok(found >= 0, `no code for ${name}`);
  return found;
};
const dtype = (name) => code(gb.codes.dtypes.map((d) => d.name), name);

test('the engine publishes what its codes mean, in code order', () => {
  assert.deepEqual(gb.codes.dtypes.map((d) => d.name), ['bool', 'uint8', 'int8', 'int16', 'int32', 'int64', 'float16', 'bfloat16', 'float32', 'float64']);
  assert.deepEqual(gb.codes.dtypes[dtype('float64')], {
    name: 'float64', itemsize: 8, is_floating_point: true, legacy_name: 'torch.DoubleTensor',
  });
  assert.deepEqual(gb.codes.reductions, ['none', 'mean', 'sum']);
  assert.deepEqual(gb.codes.rounding_modes, ['none', 'trunc', 'floor']);
  assert.deepEqual(gb.codes.scalar_kinds, ['bool', 'int', 'float']);
  assert.ok(gb.codes.unary.includes('tanh'));
});

test('a shape crosses as an array, and comes back as one', () => {
  gb.scope(() => {
    const x = gb.tensor([1, 2, 3, 4, 5, 6]);
    const h = ops.view(x.handle, [2, -1]);
    assert.deepEqual(ops.shape(h), [2, 3]);
    assert.deepEqual(ops.strides(h), [3, 1]);
    ops.release(h);
    assert.throws(() => ops.view(x.handle, [2, 'three']), {
      name: 'TypeError', message: 'sizes and dims must be integers, but got string three',
    });
  });
});

test('a dtype crosses as its code, checked against the codes there are', () => {
  gb.scope(() => {
    const x = gb.tensor([1.5, -2.5]);
    const h = ops.to_dtype(x.handle, dtype('int64'));
    assert.equal(ops.dtype(h), dtype('int64'));
    assert.equal(ops.format(h), 'tensor([ 1, -2])');
    ops.release(h);
    assert.throws(() => ops.to_dtype(x.handle, gb.codes.dtypes.length), {
      name: 'RuntimeError', message: `invalid dtype code ${gb.codes.dtypes.length}`,
    });
  });
});

test('an optional tensor is handle 0 when absent, an optional dtype -1', () => {
  gb.scope(() => {
    const logits = gb.tensor([[-1, -2], [-3, -4]]);
    const target = gb.tensor([1, 0], { dtype: 'int64' });
    const weight = gb.tensor([1, 3]);
    const sum = code(gb.codes.reductions, 'sum');
    const loss = (w) => ops.format(ops.nll_loss(logits.handle, target.handle, w, sum, -100));
    assert.equal(loss(0), 'tensor(5.)');
    assert.equal(loss(weight.handle), 'tensor(9.)');
    assert.equal(ops.format(ops.sum(gb.tensor([1, 2], { dtype: 'int32' }).handle, -1)), 'tensor(3)');
  });
});

test('a tensor that is not optional may not be handle 0: the call fails before the engine runs', () => {
  gb.scope(() => {
    const relu = gb.codes.unary.indexOf('relu');
    assert.throws(() => ops.view(0, [1]), { name: 'RuntimeError', message: 'argument 1 must be a tensor, not none (handle 0)' });
    assert.throws(() => ops.unary(relu, 0), { message: 'argument 2 must be a tensor, not none (handle 0)' });
    assert.throws(() => ops.unary_(relu, 0), { message: 'argument 2 must be a tensor, not none (handle 0)' });
    const x = gb.tensor([-1, 2]);
    assert.throws(() => ops.mse_loss(x.handle, 0, 1), { message: 'argument 2 must be a tensor, not none (handle 0)' });
  });
});

test('a reduction code out of range is refused with PyTorch\'s message', () => {
  gb.scope(() => {
    const a = gb.tensor([1, 2]);
    assert.throws(() => ops.mse_loss(a.handle, a.handle, 3), {
      name: 'RuntimeError', message: '3 is not a valid value for reduction',
    });
  });
});

test('an in-place op returns nothing: the caller keeps the tensor it passed', () => {
  gb.scope(() => {
    const x = gb.tensor([1, 2, 3]);
    const mask = gb.tensor([true, false, true], { dtype: 'bool' });
    const value = gb.tensor(0);
    const handles = ops.live_handles();
    assert.equal(ops.masked_fill_(x.handle, mask.handle, value.handle, false), undefined);
    assert.equal(ops.live_handles(), handles);
    assert.equal(x.toString(), 'tensor([0., 2., 0.])');
    assert.equal(gb.op('masked_fill_', x, gb.tensor([false, true, false], { dtype: 'bool' }), value, false), x);
    assert.equal(x.toString(), 'tensor([0., 0., 0.])');
  });
});

test('an engine error arrives as a JS Error named after the Python exception, with PyTorch\'s text', () => {
  gb.scope(() => {
    const x = gb.tensor([1, 2, 3]);
    assert.throws(() => ops.view(x.handle, [4]), (error) => {
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'RuntimeError');
      assert.equal(error.message, "shape '[4]' is invalid for input of size 3");
      return true;
    });
    assert.throws(() => ops.select(x.handle, 0, 5), {
      name: 'IndexError', message: 'select(): index 5 out of range for tensor of size [3] at dimension 0',
    });
    assert.equal(x.sum().item(), 6);
  });
});

test('lists of tensors cross as arrays of handles, each a reference the receiver releases', () => {
  gb.scope(() => {
    const x = gb.tensor([1, 2, 3, 4]);
    const pieces = ops.chunk(x.handle, 2, 0);
    assert.deepEqual(pieces.map((h) => ops.format(h)), ['tensor([1., 2.])', 'tensor([3., 4.])']);
    const joined = ops.cat(pieces, 0);
    assert.equal(ops.format(joined), 'tensor([1., 2., 3., 4.])');
    [...pieces, joined].forEach((h) => ops.release(h));
    const [values, indices] = ops.max_dim(x.handle, 0, false);
    assert.deepEqual([ops.item(values), ops.item(indices)], [4, 3]);
    ops.release(values);
    ops.release(indices);
  });
});
