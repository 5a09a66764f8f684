// Graphs far deeper than the call stack are built, run backward and freed; calls that a JS
// exception unwinds give back the engine stack they took; the engine keeps working after both.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { loadEngine } from '../../dist/engine/engine.mjs';

let gb;
before(async () => {
  gb = await loadEngine();
});

// x + x + ... + x (`depth` additions): each node is reachable only through the next one.
function sumChain(x, depth) {
  let total = x;
  for (let i = 0; i < depth; i++) {
    const next = total.add(x);
    if (total !== x) total.dispose();
    total = next;
  }
  return total;
}

test('a chain of a million nodes is built, run backward and freed, and the live tensors are back', () => {
  const live = gb.liveTensors();
  const x = gb.tensor(1, { requiresGrad: true });
  const total = sumChain(x, 1_000_000);
  total.backward();
  const grad = x.grad;
  assert.equal(grad.item(), 1_000_001);
  grad.dispose();
  total.dispose();
  x.dispose();
  assert.equal(gb.liveTensors(), live);
});

test('a million-node graph that never ran backward is freed whole', () => {
  const live = gb.liveTensors();
  const x = gb.tensor([0.5], { requiresGrad: true });
  let product = x;
  for (let i = 0; i < 1_000_000; i++) {
    const next = product.mul(x); // saves both operands
    if (product !== x) product.dispose();
    product = next;
  }
  product.dispose();
  x.dispose();
  assert.equal(gb.liveTensors(), live);
});

test('a hundred deep graphs freed in a row leave the engine working', () => {
  const live = gb.liveTensors();
  const stack = gb.ops.stackSave();
  const x = gb.tensor(1, { requiresGrad: true });
  for (let i = 0; i < 100; i++) sumChain(x, 20_000).dispose();
  x.dispose();
  assert.equal(gb.liveTensors(), live);
  assert.equal(gb.ops.stackSave(), stack);
  gb.scope(() => assert.deepEqual([...gb.tensor([1, 2]).mul(gb.tensor([3, 4])).data()], [3, 8]));
});

test('the engine stack that calls unwound by a stack overflow took is given back by the next call', () => {
  const stack = gb.ops.stackSave();
  const a = gb.tensor([1, 2, 3]);
  const add = gb.ops.binary_ops().findIndex((op) => op.name === 'add');
  let overflows = 0;
  // Recurses until the JS stack is full, then calls the engine in every frame on the way back
  // up: near the bottom the calls overflow, some of them inside the engine's own frames.
  const dive = () => {
    try {
      dive();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
    try {
      gb.ops.release(gb.ops.binary(add, a.handle, a.handle));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      overflows++;
    }
  };
  for (let i = 0; i < 100; i++) dive();
  assert.ok(overflows > 0);
  a.dispose();
  gb.scope(() => assert.deepEqual([...gb.tensor([1, 2]).add(gb.tensor([3, 4])).data()], [4, 6]));
  assert.equal(gb.ops.stackSave(), stack);
});
