// Convolutions in the WebAssembly engine run their chains of fused multiply-adds on relaxed
// SIMD's f32x4.relaxed_madd where it fuses (engine/kernels/fused_chain.h): in Node 20 the JS API
// turns relaxed SIMD on, and on this machine's processor (x86-64 with FMA) the kernel fuses.
// Its results are PyTorch's bits: the same fingerprints tests/engine/test_onednn_convolution.cpp
// checks natively, recorded from PyTorch 1.13 by scripts/record-convolution-fingerprints.py.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { loadEngine } from '../../dist/engine/engine.mjs';

let gb;
before(async () => {
  gb = await loadEngine();
});

// Element i: ((i·2654435761 + seed·40503) mod 2³² >> 8) / 2²⁴ − 0.5, exact in float32.
function filled(shape, seed) {
  const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < values.length; i++) {
    const bits = (Math.imul(i, 2654435761) + Math.imul(seed, 40503)) >>> 8;
    values[i] = bits / 16777216 - 0.5;
  }
  return gb.tensor(values, { shape, requiresGrad: true });
}

// The sum of the elements' float32 bit patterns modulo 2³², which any single differing bit changes.
function fingerprint(tensor) {
  const bits = new Uint32Array(tensor.data().buffer);
  return bits.reduce((sum, b) => (sum + b) >>> 0, 0);
}

function convolve({ input, weight, bias, padding }) {
  return gb.scope(() => {
    const x = filled(input, 1), w = filled(weight, 2), b = bias ? filled([weight[0]], 3) : null;
    const y = gb.op('convolution', x, w, b, [1, 1], [padding, padding], [1, 1], false, [0, 0], 1);
    y.backward(filled(y.shape, 4));
    return [y, x.grad, w.grad, b?.grad].map((t) => (t ? fingerprint(t) : null));
  });
}

test('the engine installs the fused-chain kernel: relaxed SIMD is on and the processor fuses', () => {
  assert.equal(gb.ops.install_fused_chain(), true);
});

test("LeNet's first layer gives PyTorch's output and gradients, bit for bit", () => {
  assert.deepEqual(convolve({ input: [8, 1, 28, 28], weight: [6, 1, 5, 5], padding: 0 }),
    [3201309035, 2393226759, 1039169608, null]);
});

test('24 → 20 channels with padding (two channel blocks) gives PyTorch\'s output and gradients, bit for bit', () => {
  assert.deepEqual(convolve({ input: [3, 24, 9, 9], weight: [20, 24, 3, 3], bias: true, padding: 1 }),
    [3137811348, 3503841191, 2562552604, 1834674299]);
});
