// The benchmark workloads, the same in Node and in a browser page. Each engine (Gradbook's
// JS API, TensorFlow.js on its wasm and cpu backends) gets identical seeded float32 inputs;
// every result is checked against a float64 reference before anything is timed.
//
// A workload's run(engine) returns rows { workload, size, engine, median_ms, ...rate }, or a
// row with `skipped` saying why it failed (its error).

// ---- seeded inputs and float64 references

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uniform(n, seed, lo = -1, hi = 1) {
  const next = random(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * next();
  return out;
}

// C = A·B in float64 (row-major, A m×k, B k×n); transposes through strides.
function matmul64(A, B, m, k, n, { ta = false, tb = false } = {}) {
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let p = 0; p < k; p++) {
      const a = ta ? A[p * m + i] : A[i * k + p];
      for (let j = 0; j < n; j++) C[i * n + j] += a * (tb ? B[j * k + p] : B[p * n + j]);
    }
  return C;
}

/**
 * The largest |got - want| relative to max(1, max|want|); throws if it exceeds `tol`.
 * Rows report it, so the accuracy of each engine is part of the comparison.
 */
export function check(label, got, want, tol) {
  let scale = 1;
  for (const w of want) scale = Math.max(scale, Math.abs(w));
  if (got.length !== want.length) throw new Error(`${label}: ${got.length} values, expected ${want.length}`);
  let worst = 0;
  for (let i = 0; i < want.length; i++) {
    const error = Math.abs(got[i] - want[i]) / scale;
    if (!(error <= tol)) throw new Error(`${label}: element ${i} is ${got[i]}, float64 reference ${want[i]}`);
    worst = Math.max(worst, error);
  }
  return worst;
}

/**
 * Times `fn` after warming it up until its timings settle, the same way for every engine and
 * environment. V8 first runs WebAssembly in its baseline compiler (Liftoff) and recompiles each
 * hot function with TurboFan in the background, so in a fresh page or process a workload's first
 * calls are several times slower than its later ones (docs/benchmarks.md); a fixed handful of
 * warm-up calls would measure whichever side happens to settle sooner.
 *
 * Calls are timed in batches of at least `minBatchMs` (a page's clock ticks in 0.1 ms steps).
 * Warm-up lasts at least `minWarmupMs` and `2 × settleBatches` batches, and ends once the last
 * `settleBatches` batches lie within `tolerance` of their median, or after `maxWarmupMs` (then
 * `settled` is false). Returns the median of `runs` timed batches, per call, with the warm-up's
 * record: `first_ms` (the first call), `warmup_calls`, `warmup_ms` (its wall time), `settled`.
 */
export function timeMedian(fn, { runs = 15, minBatchMs = 5, minWarmupMs = 1000, maxWarmupMs = 10000,
  settleBatches = 5, tolerance = 0.05 } = {}) {
  const start = performance.now();
  fn();
  const first = performance.now() - start;
  let perCall = first, calls = 1, settled = false;
  const batch = () => Math.max(1, Math.ceil(minBatchMs / Math.max(perCall, 0.001)));
  const timeBatch = (n) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    return (performance.now() - t0) / n;
  };
  const warm = [];
  while (!settled && performance.now() - start < maxWarmupMs) {
    const n = batch();
    warm.push((perCall = timeBatch(n)));
    calls += n;
    if (performance.now() - start >= minWarmupMs && warm.length >= 2 * settleBatches) {
      const last = warm.slice(-settleBatches), middle = median(last);
      settled = last.every((t) => Math.abs(t - middle) <= tolerance * middle);
    }
  }
  const warmupMs = performance.now() - start;
  const n = batch();
  const times = Array.from({ length: runs }, () => timeBatch(n));
  return { median_ms: median(times), first_ms: first, warmup_calls: calls, warmup_ms: warmupMs, settled };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---- the engines behind one small interface

/** Gradbook through its JS API (wasm/engine.mjs). */
export function gradbookEngine(gb) {
  return {
    name: 'gradbook',
    tensor: (data, shape, requiresGrad = false) => gb.tensor(data, { shape, requiresGrad }),
    variable: (t) => {
      t.requiresGrad = true;
      return t;
    },
    labels: (values) => gb.tensor(values, { dtype: 'int64' }),
    scope: (fn) => gb.scope(fn),
    values: (t) => t.data(),
    dispose: (...ts) => ts.forEach((t) => t?.dispose()),
    matmul: (a, b) => gb.op('mm', a, b),
    sum: (t) => t.sum(),
    grads(f, inputs) {
      for (const x of inputs) x.grad = null;
      f(...inputs).backward();
      return inputs.map((x) => x.grad);
    },
    // One SGD step of a 784→128→10 MLP as torch.nn runs it: Linear is addmm(b, x, Wᵀ) with
    // W stored out×in, cross-entropy is log_softmax + nll_loss, SGD is the optimizer's step.
    mlpStep({ x, labels, params, lr }) {
      const [w1, b1, w2, b2] = params;
      return gbTrainStep(gb, params, lr, () => {
        const h = gb.op('relu', gb.op('addmm', b1, x, gb.op('t', w1)));
        return gbCrossEntropy(gb, gb.op('addmm', b2, h, gb.op('t', w2)), labels);
      });
    },
    // One SGD step of a LeNet-sized CNN as torch.nn runs it: Conv2d is the engine's
    // convolution, MaxPool2d its max_pool2d_with_indices, Linear addmm(b, x, Wᵀ).
    lenetStep({ x, labels, params, lr }) {
      const [c1, cb1, c2, cb2, f1, fb1, f2, fb2, f3, fb3] = params;
      const conv = (h, w, b) => gb.op('convolution', h, w, b, [1, 1], [0, 0], [1, 1], false, [0, 0], 1);
      const pool = (h) => {
        const [values, indices] = gb.ops.max_pool2d_with_indices(h.handle, [2, 2], [2, 2], [0, 0], [1, 1], false);
        gb.ops.release(indices);
        return new gb.Tensor(values);
      };
      const linear = (h, w, b) => gb.op('addmm', b, h, gb.op('t', w));
      return gbTrainStep(gb, params, lr, () => {
        let h = pool(gb.op('relu', conv(x, c1, cb1)));
        h = pool(gb.op('relu', conv(h, c2, cb2)));
        h = gb.op('flatten', h, 1, -1);
        h = gb.op('relu', linear(h, f1, fb1));
        h = gb.op('relu', linear(h, f2, fb2));
        return gbCrossEntropy(gb, linear(h, f3, fb3), labels);
      });
    },
    scalarGraph(leaves, ops) {
      return gb.scope(() => {
        const vs = leaves.map((v) => gb.tensor(v, { requiresGrad: true }));
        let y = vs[0];
        for (const [op, i] of ops) y = op === 'tanh' ? gb.op('tanh', y) : y[op](vs[i]);
        y.backward();
        return vs.map((v) => v.grad.item());
      });
    },
    tanhAffine(x, a, b) {
      a.grad = null;
      b.grad = null;
      gb.scope(() => gb.op('tanh', x.mul(a).add(b)).sum().backward());
      return [a.grad, b.grad];
    },
  };
}

// torch.nn's cross-entropy (mean): log_softmax + nll_loss.
const gbCrossEntropy = (gb, logits, labels) => gb.op('nll_loss', gb.op('log_softmax', logits, 1), labels, 0, 1, -100);

// loss() forward and backward, then torch.optim.SGD's step on every parameter; returns the loss.
function gbTrainStep(gb, params, lr, loss) {
  const value = gb.scope(() => {
    const l = loss();
    l.backward();
    return l;
  });
  gb.noGrad(() => {
    for (const p of params) {
      gb.scope(() => gb.op('sgd_step', p, p.grad, 0, lr, 0, 0, 0, false, false));
      p.grad = null;
    }
  });
  return value;
}

/** TensorFlow.js on its current backend. */
export function tfjsEngine(tf, name) {
  return {
    name,
    tensor: (data, shape) => tf.tensor(data, shape, 'float32'),
    scope: (fn) => tf.tidy(fn),
    values: (t) => t.dataSync(),
    dispose: (...ts) => ts.forEach((t) => t?.dispose()),
    matmul: (a, b) => tf.matMul(a, b),
    sum: (t) => tf.sum(t),
    grads: (f, inputs) => tf.grads(f)(inputs),
    variable: (t) => {
      const v = tf.variable(t);
      t.dispose();
      return v;
    },
    labels: (values) => tf.tensor1d(values, 'int32'),
    mlpStep({ x, onehot, params, lr }) {
      const [w1, b1, w2, b2] = params;
      return tfTrainStep(tf, params, lr, () => {
        const h = tf.relu(tf.add(tf.matMul(x, w1, false, true), b1));
        return tfCrossEntropy(tf, tf.add(tf.matMul(h, w2, false, true), b2), onehot);
      });
    },
    // The same step on NHWC images with [kh, kw, in, out] filters (tfjs's layouts); the
    // pooled maps go back to NCHW before flattening so fc1 sees torch's feature order.
    lenetStep({ x, onehot, params, lr }) {
      const [c1, cb1, c2, cb2, f1, fb1, f2, fb2, f3, fb3] = params;
      return tfTrainStep(tf, params, lr, () => {
        const conv = (h, w, b) => tf.relu(tf.add(tfConv2d(tf, h, w), b));
        let h = tf.maxPool(conv(x, c1, cb1), 2, 2, 'valid');
        h = tf.maxPool(conv(h, c2, cb2), 2, 2, 'valid');
        h = tf.reshape(tf.transpose(h, [0, 3, 1, 2]), [x.shape[0], -1]);
        h = tf.relu(tf.add(tf.matMul(h, f1, false, true), fb1));
        h = tf.relu(tf.add(tf.matMul(h, f2, false, true), fb2));
        return tfCrossEntropy(tf, tf.add(tf.matMul(h, f3, false, true), fb3), onehot);
      });
    },
    scalarGraph(leaves, ops) {
      const vs = leaves.map((v) => tf.scalar(v));
      const f = (...xs) => {
        let y = xs[0];
        for (const [op, i] of ops) y = op === 'tanh' ? tf.tanh(y) : tf[op](y, xs[i]);
        return y;
      };
      const grads = tf.grads(f)(vs);
      const out = grads.map((g) => g.dataSync()[0]);
      tf.dispose([...grads, ...vs]);
      return out;
    },
    tanhAffine(x, a, b) {
      return tf.grads((a_, b_) => tf.sum(tf.tanh(tf.add(tf.mul(x, a_), b_))))([a, b]);
    },
  };
}

// A valid, stride-1 conv2d. tfjs's wasm backend has no Conv2DBackpropFilter kernel, so there the
// filter's gradient is computed as a user of that backend would: as a conv2d itself, of the
// input with batch and channels swapped ([C, H, W, N]) by the output gradient taken as a filter
// ([OH, OW, N, O]); the input's gradient is the backend's own Conv2DBackpropInput.
function tfConv2d(tf, x, w) {
  if (tf.getKernel('Conv2DBackpropFilter', tf.getBackend())) return tf.conv2d(x, w, 1, 'valid');
  return tf.customGrad((x_, w_, save) => {
    save([x_, w_]);
    return {
      value: tf.conv2d(x_, w_, 1, 'valid'),
      gradFunc: (dy, [xs, ws]) => [
        tf.conv2dTranspose(dy, ws, xs.shape, 1, 'valid'),
        tf.transpose(tf.conv2d(tf.transpose(xs, [3, 1, 2, 0]), tf.transpose(dy, [1, 2, 0, 3]), 1, 'valid'), [1, 2, 0, 3]),
      ],
    };
  })(x, w);
}

const tfCrossEntropy = (tf, logits, onehot) =>
  tf.div(tf.sum(tf.mul(tf.logSoftmax(logits), onehot)), -logits.shape[0]);

// The loss, its gradients and a plain SGD update of every variable in one tidy scope.
function tfTrainStep(tf, params, lr, loss) {
  return tf.tidy(() => {
    const { value, grads } = tf.variableGrads(loss, params);
    for (const p of params) p.assign(tf.sub(p, tf.mul(grads[p.name], lr)));
    return tf.keep(value);
  });
}

// ---- the workloads

function W1(engine, n) {
  const A = uniform(n * n, 1), B = uniform(n * n, 2);
  const a = engine.tensor(A, [n, n]), b = engine.tensor(B, [n, n]);
  const c = engine.matmul(a, b);
  const error = check(`W1 ${n}`, engine.values(c), matmul64(A, B, n, n, n), 1e-5);
  engine.dispose(c);
  const timing = timeMedian(() => engine.dispose(engine.matmul(a, b)));
  engine.dispose(a, b);
  return { ...timing, gflops: (2 * n ** 3) / timing.median_ms / 1e6, error };
}

// d sum(A·B)/dA = 1·Bᵀ, d sum(A·B)/dB = Aᵀ·1: every layout of the product appears.
function W2(engine, n) {
  const A = uniform(n * n, 3), B = uniform(n * n, 4);
  const a = engine.variable(engine.tensor(A, [n, n])), b = engine.variable(engine.tensor(B, [n, n]));
  const f = (x, y) => engine.sum(engine.matmul(x, y));
  const [ga, gb] = engine.grads(f, [a, b]);
  const ones = new Float64Array(n * n).fill(1);
  const error = Math.max(check(`W2 ${n} dA`, engine.values(ga), matmul64(ones, B, n, n, n, { tb: true }), 1e-5),
    check(`W2 ${n} dB`, engine.values(gb), matmul64(A, ones, n, n, n, { ta: true }), 1e-5));
  engine.dispose(ga, gb);
  const timing = timeMedian(() => engine.dispose(...engine.grads(f, [a, b])), { runs: 9 });
  engine.dispose(a, b);
  return { ...timing, gflops: (6 * n ** 3) / timing.median_ms / 1e6, error };
}

// Mean cross-entropy of 10-class logits Z [batch, 10] and its gradient dZ, in float64.
function crossEntropy64(Z, labels, batch) {
  const dZ = new Float64Array(batch * 10);
  let loss = 0;
  for (let r = 0; r < batch; r++) {
    const row = Z.subarray(r * 10, r * 10 + 10);
    const m = Math.max(...row);
    const lse = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
    loss -= (row[labels[r]] - lse) / batch;
    for (let j = 0; j < 10; j++) dZ[r * 10 + j] = (Math.exp(row[j] - lse) - (j === labels[r] ? 1 : 0)) / batch;
  }
  return { loss, dZ };
}

// The float64 reference of one SGD step: returns the loss and the updated parameters.
function mlpReference(X, labels, [W1, B1, W2, B2], lr, batch) {
  const H = matmul64(X, W1, batch, 784, 128, { tb: true }).map((v, i) => Math.max(0, v + B1[i % 128]));
  const Z = matmul64(H, W2, batch, 128, 10, { tb: true }).map((v, i) => v + B2[i % 10]);
  const { loss, dZ } = crossEntropy64(Z, labels, batch);
  const dW2 = matmul64(dZ, H, 10, batch, 128, { ta: true });
  const dH = matmul64(dZ, W2, batch, 10, 128).map((v, i) => (H[i] > 0 ? v : 0));
  const dW1 = matmul64(dH, X, 128, batch, 784, { ta: true });
  const colSum = (D, cols) => Float64Array.from({ length: cols }, (_, j) => D.reduce((s, v, i) => (i % cols === j ? s + v : s), 0));
  const step = (P, G) => Float64Array.from(P, (p, i) => p - lr * G[i]);
  return { loss, params: [step(W1, dW1), step(B1, colSum(dH, 128)), step(W2, dW2), step(B2, colSum(dZ, 10))] };
}

function W3(engine) {
  const batch = 64, lr = 0.1;
  const X = uniform(batch * 784, 5, 0, 1);
  const next = random(6);
  const labels = Array.from({ length: batch }, () => Math.floor(next() * 10));
  const onehotValues = new Float32Array(batch * 10);
  labels.forEach((l, r) => (onehotValues[r * 10 + l] = 1));
  const init = [uniform(128 * 784, 7, -1 / 28, 1 / 28), uniform(128, 8, -1 / 28, 1 / 28),
    uniform(10 * 128, 9, -1 / Math.sqrt(128), 1 / Math.sqrt(128)), uniform(10, 10, -1 / Math.sqrt(128), 1 / Math.sqrt(128))];
  // Weights out×in, as torch.nn.Linear keeps them.
  const shapes = [[128, 784], [128], [10, 128], [10]];
  const x = engine.tensor(X, [batch, 784]), onehot = engine.tensor(onehotValues, [batch, 10]);
  const labelTensor = engine.labels(labels);
  const params = init.map((v, i) => engine.variable(engine.tensor(v, shapes[i])));
  const want = mlpReference(X, labels, init, lr, batch);
  const loss = engine.mlpStep({ x, onehot, labels: labelTensor, params, lr });
  const error = Math.max(check('W3 loss', engine.values(loss), [want.loss], 1e-5),
    ...params.map((p, i) => check(`W3 parameter ${i}`, engine.values(p), want.params[i], 1e-5)));
  engine.dispose(loss);
  const timing = timeMedian(() => engine.dispose(engine.mlpStep({ x, onehot, labels: labelTensor, params, lr })), { runs: 21 });
  engine.dispose(x, onehot, labelTensor, ...params);
  return { ...timing, error };
}

// ---- W7: one training step of a LeNet-sized CNN, checked against a float64 reference

// conv2d (valid, stride 1) of x [N, C, H, W] with w [O, C, k, k] and bias b, in float64.
function conv64(x, [N, C, H, W], w, b, O, k) {
  const oh = H - k + 1, ow = W - k + 1, y = new Float64Array(N * O * oh * ow);
  for (let n = 0; n < N; n++)
    for (let o = 0; o < O; o++)
      for (let i = 0; i < oh; i++)
        for (let j = 0; j < ow; j++) {
          let s = b[o];
          for (let c = 0; c < C; c++)
            for (let p = 0; p < k; p++)
              for (let q = 0; q < k; q++) s += x[((n * C + c) * H + i + p) * W + j + q] * w[((o * C + c) * k + p) * k + q];
          y[((n * O + o) * oh + i) * ow + j] = s;
        }
  return { y, shape: [N, O, oh, ow] };
}

// relu, then 2×2 max pooling; `at` keeps each output's source index for the backward pass.
function reluPool64(x, [N, C, H, W]) {
  const oh = H / 2, ow = W / 2, y = new Float64Array(N * C * oh * ow), at = new Int32Array(y.length);
  for (let p = 0; p < N * C; p++)
    for (let i = 0; i < oh; i++)
      for (let j = 0; j < ow; j++) {
        let best = -Infinity, where = 0;
        for (let a = 0; a < 2; a++)
          for (let b = 0; b < 2; b++) {
            const idx = (p * H + 2 * i + a) * W + 2 * j + b;
            if (x[idx] > best) [best, where] = [x[idx], idx];
          }
        y[(p * oh + i) * ow + j] = Math.max(0, best);
        at[(p * oh + i) * ow + j] = best > 0 ? where : -1;
      }
  return { y, at, shape: [N, C, oh, ow] };
}

// Gradients of conv64 w.r.t. its input (if wanted), weight and bias, given dy.
function convBack64(x, [N, C, H, W], w, O, k, dy, wantInput) {
  const oh = H - k + 1, ow = W - k + 1;
  const dx = wantInput ? new Float64Array(x.length) : null, dw = new Float64Array(w.length), db = new Float64Array(O);
  for (let n = 0; n < N; n++)
    for (let o = 0; o < O; o++)
      for (let i = 0; i < oh; i++)
        for (let j = 0; j < ow; j++) {
          const g = dy[((n * O + o) * oh + i) * ow + j];
          if (g === 0) continue;
          db[o] += g;
          for (let c = 0; c < C; c++)
            for (let p = 0; p < k; p++)
              for (let q = 0; q < k; q++) {
                const xi = ((n * C + c) * H + i + p) * W + j + q, wi = ((o * C + c) * k + p) * k + q;
                dw[wi] += g * x[xi];
                if (dx) dx[xi] += g * w[wi];
              }
        }
  return { dx, dw, db };
}

function lenetReference(X, labels, P, lr, batch) {
  const [c1, cb1, c2, cb2, f1, fb1, f2, fb2, f3, fb3] = P;
  const a1 = conv64(X, [batch, 1, 28, 28], c1, cb1, 6, 5);
  const p1 = reluPool64(a1.y, a1.shape);
  const a2 = conv64(p1.y, p1.shape, c2, cb2, 16, 5);
  const p2 = reluPool64(a2.y, a2.shape);
  const dense = (h, W, B, inF, outF, relu) =>
    matmul64(h, W, batch, inF, outF, { tb: true }).map((v, i) => (relu ? Math.max(0, v + B[i % outF]) : v + B[i % outF]));
  const h1 = dense(p2.y, f1, fb1, 256, 120, true), h2 = dense(h1, f2, fb2, 120, 84, true);
  const Z = dense(h2, f3, fb3, 84, 10, false);
  const { loss, dZ } = crossEntropy64(Z, labels, batch);
  const colSum = (D, cols) => Float64Array.from({ length: cols }, (_, j) => D.reduce((s, v, i) => (i % cols === j ? s + v : s), 0));
  const back = (dOut, h, W, inF, outF) => ({
    dW: matmul64(dOut, h, outF, batch, inF, { ta: true }), dB: colSum(dOut, outF),
    dIn: matmul64(dOut, W, batch, outF, inF).map((v, i) => (h[i] > 0 ? v : 0)),
  });
  const g3 = back(dZ, h2, f3, 84, 10), g2 = back(g3.dIn, h1, f2, 120, 84), g1 = back(g2.dIn, p2.y, f1, 256, 120);
  const unpool = (dp, pooled, size) => {
    const d = new Float64Array(size);
    dp.forEach((g, i) => pooled.at[i] >= 0 && (d[pooled.at[i]] += g));
    return d;
  };
  const k2 = convBack64(p1.y, p1.shape, c2, 16, 5, unpool(g1.dIn, p2, a2.y.length), true);
  const k1 = convBack64(X, [batch, 1, 28, 28], c1, 6, 5, unpool(k2.dx, p1, a1.y.length), false);
  const grads = [k1.dw, k1.db, k2.dw, k2.db, g1.dW, g1.dB, g2.dW, g2.dB, g3.dW, g3.dB];
  return { loss, params: P.map((p, i) => Float64Array.from(p, (v, j) => v - lr * grads[i][j])) };
}

// Torch layouts (NCHW, [out, in, kh, kw]) to tfjs's (NHWC, [kh, kw, in, out]).
function toChannelsLast(values, [a, b, c, d], filter) {
  const out = new Float32Array(values.length);
  for (let i = 0; i < a; i++)
    for (let j = 0; j < b; j++)
      for (let y = 0; y < c; y++)
        for (let x = 0; x < d; x++)
          out[filter ? ((y * d + x) * b + j) * a + i : ((i * c + y) * d + x) * b + j] = values[((i * b + j) * c + y) * d + x];
  return out;
}

function W7(engine) {
  const batch = 64, lr = 0.1;
  const X = uniform(batch * 784, 13, 0, 1);
  const next = random(14);
  const labels = Array.from({ length: batch }, () => Math.floor(next() * 10));
  const onehotValues = new Float32Array(batch * 10);
  labels.forEach((l, r) => (onehotValues[r * 10 + l] = 1));
  // Weights as torch.nn keeps them, drawn from PyTorch's default init bounds (1/√fan_in).
  const shapes = [[6, 1, 5, 5], [6], [16, 6, 5, 5], [16], [120, 256], [120], [84, 120], [84], [10, 84], [10]];
  const fanIn = [25, 25, 150, 150, 256, 256, 120, 120, 84, 84];
  const init = shapes.map((s, i) => uniform(s.reduce((a, b) => a * b), 15 + i, -1 / Math.sqrt(fanIn[i]), 1 / Math.sqrt(fanIn[i])));
  const tfjs = engine.name !== 'gradbook';
  const x = tfjs ? engine.tensor(toChannelsLast(X, [batch, 1, 28, 28], false), [batch, 28, 28, 1])
    : engine.tensor(X, [batch, 1, 28, 28]);
  const onehot = engine.tensor(onehotValues, [batch, 10]), labelTensor = engine.labels(labels);
  const params = init.map((v, i) => {
    const filter = tfjs && shapes[i].length === 4;
    const shape = filter ? [shapes[i][2], shapes[i][3], shapes[i][1], shapes[i][0]] : shapes[i];
    return engine.variable(engine.tensor(filter ? toChannelsLast(v, shapes[i], true) : v, shape));
  });
  const want = lenetReference(X, labels, init, lr, batch);
  const loss = engine.lenetStep({ x, onehot, labels: labelTensor, params, lr });
  const error = Math.max(check('W7 loss', engine.values(loss), [want.loss], 1e-5),
    ...params.map((p, i) => {
      const got = engine.values(p);
      const back = tfjs && shapes[i].length === 4 ? toTorchFilter(got, shapes[i]) : got;
      return check(`W7 parameter ${i}`, back, want.params[i], 1e-5);
    }));
  engine.dispose(loss);
  const timing = timeMedian(() => engine.dispose(engine.lenetStep({ x, onehot, labels: labelTensor, params, lr })), { runs: 11 });
  engine.dispose(x, onehot, labelTensor, ...params);
  return { ...timing, error };
}

// [kh, kw, in, out] back to [out, in, kh, kw].
function toTorchFilter(values, [o, c, kh, kw]) {
  const out = new Float32Array(values.length);
  for (let i = 0; i < o; i++)
    for (let j = 0; j < c; j++)
      for (let y = 0; y < kh; y++)
        for (let x = 0; x < kw; x++) out[((i * c + j) * kh + y) * kw + x] = values[((y * kw + x) * c + j) * o + i];
  return out;
}

// A micrograd-style expression: 1,000 ops cycling through mul, add and tanh over ten leaves.
export function scalarProgram() {
  const next = random(11);
  const leaves = Array.from({ length: 10 }, () => next() - 0.5);
  const ops = Array.from({ length: 1000 }, (_, i) => [['mul', 'add', 'tanh'][i % 3], 1 + (Math.floor(i / 3) % 9)]);
  return { leaves, ops };
}

function scalarReference({ leaves, ops }) {
  const values = [leaves[0]];
  let y = leaves[0];
  for (const [op, i] of ops) values.push((y = op === 'tanh' ? Math.tanh(y) : op === 'mul' ? y * leaves[i] : y + leaves[i]));
  const grads = new Array(leaves.length).fill(0);
  let g = 1;
  for (let k = ops.length - 1; k >= 0; k--) {
    const [op, i] = ops[k];
    if (op === 'tanh') g *= 1 - values[k + 1] ** 2;
    else if (op === 'add') grads[i] += g;
    else {
      grads[i] += g * values[k];
      g *= leaves[i];
    }
  }
  grads[0] += g;
  return grads;
}

function W4(engine) {
  const program = scalarProgram();
  const error = check('W4 gradients', engine.scalarGraph(program.leaves, program.ops), scalarReference(program), 1e-4);
  const timing = timeMedian(() => engine.scalarGraph(program.leaves, program.ops), { runs: 21 });
  return { ...timing, us_per_op: (timing.median_ms * 1000) / program.ops.length, error };
}

function W5(engine) {
  const n = 1_000_000;
  const X = uniform(n, 12, -2, 2);
  const x = engine.tensor(X, [n]);
  const a = engine.variable(engine.tensor([0.75], [])), b = engine.variable(engine.tensor([-0.25], []));
  let da = 0, db = 0;
  for (let i = 0; i < n; i++) {
    const t = Math.tanh(X[i] * 0.75 - 0.25);
    da += (1 - t * t) * X[i];
    db += 1 - t * t;
  }
  const grads = engine.tanhAffine(x, a, b);
  // A float32 sum of a million terms: tfjs-wasm's is off by about 2e-4 here.
  const error = check('W5 d/da, d/db', grads.map((g) => engine.values(g)[0]), [da, db], 1e-3);
  engine.dispose(...grads);
  const timing = timeMedian(() => engine.dispose(...engine.tanhAffine(x, a, b)), { runs: 11 });
  engine.dispose(x, a, b);
  return { ...timing, ns_per_element: (timing.median_ms * 1e6) / n, error };
}

export const WORKLOADS = [
  ...[64, 128, 256, 512].map((n) => ({ workload: 'W1', size: n, run: (e) => W1(e, n) })),
  ...[128, 256, 512].map((n) => ({ workload: 'W2', size: n, run: (e) => W2(e, n) })),
  { workload: 'W3', size: 64, run: W3 },
  { workload: 'W4', size: 1000, run: W4 },
  { workload: 'W5', size: 1_000_000, run: W5 },
  { workload: 'W7', size: 64, run: W7 },
];

/** Runs every workload on every engine; `log` receives each row as it is measured. */
export function runAll(engines, { env, log = () => {}, only } = {}) {
  const rows = [];
  for (const w of WORKLOADS) {
    if (only && !only.includes(w.workload)) continue;
    for (const engine of engines) {
      const row = { workload: w.workload, size: w.size, env, engine: engine.name };
      try {
        Object.assign(row, w.run(engine));
      } catch (error) {
        row.skipped = `failed: ${error.message}`;
      }
      rows.push(row);
      log(row);
    }
  }
  return rows;
}

/**
 * W4 on the Embind functions themselves, over integer handles with no JS Tensor objects: next
 * to the JS API's row and the native one, it shows what each layer adds to a one-element op.
 */
export function embindW4(gb, env) {
  const { ops } = gb;
  const program = scalarProgram();
  const tanh = gb.codes.unary.indexOf('tanh');
  const binary = Object.fromEntries(ops.binary_ops().map(({ name }, code) => [name, code]));
  const run = () => {
    const leaves = program.leaves.map((v) => gb.tensor(v, { requiresGrad: true }));
    const handles = leaves.map((t) => t.handle);
    let y = handles[0];
    for (const [op, i] of program.ops) {
      const next = op === 'tanh' ? ops.unary(tanh, y) : ops.binary(binary[op], y, handles[i]);
      if (y !== handles[0]) ops.release(y);
      y = next;
    }
    ops.backward(y, 0, false);
    ops.release(y);
    const grads = handles.map((h) => {
      const g = ops.grad(h);
      const value = ops.item(g);
      ops.release(g);
      return value;
    });
    leaves.forEach((t) => t.dispose());
    return grads;
  };
  const row = { workload: 'W4', size: 1000, env, engine: 'gradbook-embind' };
  try {
    const error = check('W4 Embind gradients', run(), scalarReference(program), 1e-4);
    const timing = timeMedian(run, { runs: 21 });
    Object.assign(row, { ...timing, us_per_op: (timing.median_ms * 1000) / program.ops.length, error });
  } catch (error) {
    row.skipped = `failed: ${error.message}`;
  }
  return row;
}

/**
 * W4 through Python: `runPython(code)` runs code in Pyodide (with the engine's torch package
 * importable) and returns the value of its last expression; `source` is bench/python-w4.py,
 * whose value is its `run` function (a PyProxy; each call's list of gradients is destroyed).
 */
export function pythonW4(runPython, source, env) {
  const program = scalarProgram();
  const row = { workload: 'W4', size: 1000, env, engine: 'gradbook-python' };
  try {
    const run = runPython(`PROGRAM = ${JSON.stringify(JSON.stringify(program))}\n${source}`);
    const error = check('W4 Python gradients', run().toJs(), scalarReference(program), 1e-4);
    const timing = timeMedian(() => run().destroy(), { runs: 21 });
    run.destroy();
    Object.assign(row, { ...timing, us_per_op: (timing.median_ms * 1000) / program.ops.length, error });
  } catch (error) {
    row.skipped = `failed: ${String(error.message).trim().split('\n').at(-1)}`;
  }
  return row;
}
