// The engine's JS API over Embind: values, errors that carry PyTorch's messages, and
// deterministic freeing of every tensor.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { loadEngine } from '../../dist/engine/engine.mjs';

let gb;
before(async () => {
  gb = await loadEngine();
});

// The engine's code of a dtype, from the names it publishes.
const dtype = (name) => gb.codes.dtypes.findIndex((d) => d.name === name);

test('the seed lesson computes z = 3x² + 2y + 5 and its gradients', () => {
  gb.scope(() => {
    const x = gb.tensor([1, 2, 3], { requiresGrad: true });
    const y = gb.tensor([4, 5, 6], { requiresGrad: true });
    const z = x.pow(2).mul(3).add(y.mul(2)).add(5);
    assert.equal(z.toString(), 'tensor([16., 27., 44.], grad_fn=<AddBackward0>)');
    z.backward(gb.tensor([1, 1, 1]));
    assert.equal(x.grad.toString(), 'tensor([ 6., 12., 18.])');
    assert.equal(y.grad.toString(), 'tensor([2., 2., 2.])');
  });
});

test('an engine error reaches JavaScript as an Error with the Python type and PyTorch message', () => {
  gb.scope(() => {
    const a = gb.tensor([1, 2]);
    const b = gb.tensor([1, 2, 3]);
    assert.throws(() => a.add(b), (error) => {
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'RuntimeError');
      assert.equal(error.message, 'The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0');
      return true;
    });
  });
});

test('the module keeps working after an error', () => {
  gb.scope(() => {
    assert.throws(() => gb.tensor([1, 2]).sum([5]), { name: 'IndexError' });
    assert.equal(gb.tensor([1, 2]).sum().item(), 3);
  });
});

test('an allocation that cannot be satisfied is a RuntimeError, not a trap', () => {
  assert.throws(() => gb.ops.full([1e10], 0, dtype('float32')), (error) => {
    assert.equal(error.name, 'RuntimeError');
    assert.match(error.message, /not enough memory: you tried to allocate 40000000000 bytes/);
    return true;
  });
  gb.scope(() => assert.equal(gb.tensor([2]).mul(3).item(), 6));
});

test('scope frees every tensor made inside it except the result', () => {
  const before = gb.liveTensors();
  const kept = gb.scope(() => {
    const x = gb.tensor([1, 2, 3], { requiresGrad: true });
    const loss = x.mul(x).sum();
    loss.backward();
    return x.grad;
  });
  assert.equal(kept.toString(), 'tensor([2., 4., 6.])');
  kept.dispose();
  assert.equal(gb.liveTensors(), before);
});

test('handles are released exactly once per reference', () => {
  const before = gb.ops.live_handles();
  const t = gb.tensor([1]);
  const again = gb.ops.detach(t.handle);
  gb.ops.release(again);
  t.dispose();
  assert.equal(gb.ops.live_handles(), before);
  assert.throws(() => gb.ops.release(again), /invalid handle/);
});

test('data() copies the values out in the tensor dtype', () => {
  gb.scope(() => {
    const data = gb.tensor([[0.5, 1.5], [2.5, 3.5]]).data();
    assert.ok(data instanceof Float32Array);
    assert.deepEqual([...data], [0.5, 1.5, 2.5, 3.5]);
  });
});

test('data() of a float16 or bfloat16 tensor is its rounded values as a Float32Array', () => {
  const live = gb.liveTensors();
  gb.scope(() => {
    const half = gb.tensor([0.1, 70000], { dtype: 'float16' }).data();
    assert.ok(half instanceof Float32Array);
    assert.deepEqual([...half], [0.0999755859375, Infinity]);
    assert.deepEqual([...gb.tensor([0.1], { dtype: 'bfloat16' }).data()], [0.10009765625]);
    assert.deepEqual([...gb.tensor([-128, 300], { dtype: 'int16' }).data()], [-128, 300]);
  });
  assert.equal(gb.liveTensors(), live);
});

test('the JS API rejects data that is not numbers with a TypeError', () => {
  const live = gb.liveTensors();
  for (const data of ['abc', undefined, {}, [1, 'x'], [[1, 2], [3]], [[1, 2], 3], [null], [1n]])
    assert.throws(() => gb.tensor(data), TypeError, `data ${String(data)}`);
  assert.equal(gb.liveTensors(), live);
});

test('an integer dtype rejects values it cannot hold with a TypeError, and truncates the others', () => {
  assert.throws(() => gb.tensor([1e300], { dtype: 'int64' }), { name: 'TypeError', message: '1e+300 does not fit dtype int64' });
  assert.throws(() => gb.tensor([2 ** 63], { dtype: 'int64' }), TypeError);
  assert.throws(() => gb.tensor([NaN], { dtype: 'int32' }), TypeError);
  assert.throws(() => gb.tensor([256], { dtype: 'uint8' }), TypeError);
  assert.throws(() => gb.tensor([-1], { dtype: 'uint8' }), TypeError);
  assert.throws(() => gb.tensor([128], { dtype: 'int8' }), { name: 'TypeError', message: '128 does not fit dtype int8' });
  assert.throws(() => gb.tensor([-32769], { dtype: 'int16' }), TypeError);
  gb.scope(() => {
    assert.deepEqual([...gb.tensor([2.9, -2.9, 2 ** 31 - 1], { dtype: 'int32' }).data()], [2, -2, 2 ** 31 - 1]);
    assert.equal(gb.tensor([1e300]).toString(), 'tensor([inf])');
  });
});

test('shapes must be arrays of non-negative integers that hold the data', () => {
  const data = new Float32Array([1, 2, 3, 4]);
  for (const shape of [[2.5, 2], ['2', '2'], [-2, -2], [NaN], 4, [2, 3]])
    assert.throws(() => gb.tensor(data, { shape }), TypeError, `shape ${String(shape)}`);
  gb.scope(() => {
    const t = gb.tensor(data, { shape: [2, 2] });
    assert.throws(() => gb.op('view', t, [1.5, 4]), { name: 'TypeError', message: 'sizes and dims must be integers, but got number 1.5' });
    assert.throws(() => gb.op('view', t, ['x']), { name: 'TypeError', message: 'sizes and dims must be integers, but got string x' });
    assert.throws(() => t.sum(0.5), TypeError);
    assert.deepEqual(gb.op('view', t, [4n]).shape, [4]);
  });
});

test('operands, gradients and .grad must be tensors (or numbers where numbers go)', () => {
  gb.scope(() => {
    const x = gb.tensor([1, 2], { requiresGrad: true });
    for (const value of [{}, [1], 'x', undefined]) {
      assert.throws(() => { x.grad = value; }, TypeError);
      assert.throws(() => x.add(value), TypeError);
    }
    assert.throws(() => x.pow('2'), TypeError);
    assert.throws(() => x.sum().backward({}), TypeError);
    assert.equal(x.grad, null);
    x.grad = gb.tensor([5, 6]);
    assert.equal(x.grad.toString(), 'tensor([5., 6.])');
    x.grad = null;
    assert.equal(x.grad, null);
  });
});
