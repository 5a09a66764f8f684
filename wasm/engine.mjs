// The engine's JavaScript API. `loadEngine()` instantiates the WebAssembly module (in a
// browser, a worker or Node) and returns:
//   ops      the Embind functions: tensors and graph nodes as integer handles (what the
//            Python `torch` package calls)
//   tensor() / Tensor   a small object API for JavaScript users
//   scope()  runs a function and frees every tensor it made except those it returns
//   codes    what the engine's codes mean: dtypes, scalar kinds, reductions, rounding modes and
//            unary ops, each a list in code order (the engine declares them; nothing here does)
// Engine memory is never left to the JS garbage collector: a handle lives until released.
import createGradbook from './gradbook.mjs';

const inNode = typeof process === 'object' && typeof process.versions?.node === 'string';

// `wasm` is where gradbook.wasm is (a URL) or its bytes; by default the file beside this module.
async function instantiate(wasm = new URL('./gradbook.wasm', import.meta.url)) {
  if (!(typeof wasm === 'string' || wasm instanceof URL)) return createGradbook({ wasmBinary: wasm });
  if (!inNode) return createGradbook({ locateFile: () => String(wasm) });
  // Node cannot fetch file: URLs, so hand the module its bytes.
  const { readFile } = await import('node:fs/promises');
  return createGradbook({ wasmBinary: await readFile(new URL(wasm)) });
}

// A JS exception that unwinds through the engine's frames without the engine catching it (a
// RangeError from a call nested too deep, a trap) skips their epilogues, which would have given
// back the WebAssembly stack they took: each one would leave the stack pointer lower, until every
// call failed. Resetting it in a `catch` is not enough: at a stack overflow the handler may have
// no room left to call in. So a call that throws only notes it, and the next outermost call into
// the engine (Embind gives its functions an `argCount`) puts the stack pointer back where it rests
// between calls. Calls nested in one (ops that a Python hook runs inside backward) need nothing:
// when the engine's frame around them returns, it resets the stack pointer itself.
function restoreStackAfterThrows(module) {
  const resting = module.stackSave();
  let depth = 0; // engine calls in progress
  let threw = false; // a call threw since the stack pointer was last put back
  for (const [name, call] of Object.entries(module)) {
    if (typeof call !== 'function' || call.argCount === undefined) continue;
    const guarded = function (...args) {
      if (threw && depth === 0) {
        module.stackRestore(resting);
        threw = false;
      }
      depth++;
      try {
        return call.apply(this, args);
      } catch (error) {
        threw = true;
        throw error;
      } finally {
        depth--;
      }
    };
    // Callers (the torch package) read the arity to pick a fast wrapper.
    Object.defineProperties(guarded, { length: { value: call.length }, name: { value: name } });
    module[name] = guarded;
  }
  return module;
}

// Convolutions run several times faster with relaxed SIMD's fused multiply-add, which the engine
// installs where it fuses (engine/kernels/fused_chain.h). Node 20 has relaxed SIMD behind a V8
// flag, which still takes effect when set before the kernel's module is compiled.
async function installFusedChain(ops) {
  if (ops.install_fused_chain() || !inNode) return;
  (await import('node:v8')).setFlagsFromString('--experimental-wasm-relaxed-simd');
  ops.install_fused_chain();
}

/** @param {{ wasm?: string | URL | ArrayBuffer | Uint8Array }} [options] where gradbook.wasm is, or its bytes */
export async function loadEngine({ wasm } = {}) {
  const ops = restoreStackAfterThrows(await instantiate(wasm));
  await installFusedChain(ops);
  const scopes = [];
  const codes = ops.codes();
  const dtypes = codes.dtypes.map((d) => d.name);
  const dtypeCode = (name) => {
    const code = dtypes.indexOf(name);
    if (code < 0) throw new TypeError(`unknown dtype ${name}`);
    return code;
  };
  const unaryCode = new Map(codes.unary.map((name, code) => [name, code]));
  const INT = codes.scalar_kinds.indexOf('int');
  const FLOAT = codes.scalar_kinds.indexOf('float');
  const kindOf = (number) => (Number.isInteger(number) ? INT : FLOAT);
  const binaryCode = new Map(ops.binary_ops().map(({ name }, code) => [name, code]));

  class Tensor {
    #handle;
    constructor(handle) {
      this.#handle = handle;
      scopes.at(-1)?.add(this);
    }
    get handle() {
      if (!this.#handle) throw new Error('this tensor was disposed');
      return this.#handle;
    }
    get shape() { return ops.shape(this.handle); }
    get dtype() { return dtypes[ops.dtype(this.handle)]; }
    get requiresGrad() { return ops.requires_grad(this.handle); }
    set requiresGrad(flag) { ops.set_requires_grad(this.handle, flag); }
    get grad() { return wrap(ops.grad(this.handle)); }
    set grad(value) {
      if (value !== null && !(value instanceof Tensor)) throw new TypeError(`grad must be a Tensor or null, not ${describe(value)}`);
      ops.set_grad(this.handle, value ? value.handle : 0);
    }
    get gradFn() {
      const node = ops.grad_fn(this.handle);
      if (!node) return null;
      const name = ops.node_name(node);
      ops.release_node(node);
      return name;
    }
    add(other) { return binary('add', this, other); }
    sub(other) { return binary('sub', this, other); }
    mul(other) { return binary('mul', this, other); }
    div(other) { return binary('div', this, other); }
    /** In place (PyTorch's add_, sub_, mul_, div_): returns this tensor. */
    add_(other) { return inplace('add', this, other); }
    sub_(other) { return inplace('sub', this, other); }
    mul_(other) { return inplace('mul', this, other); }
    div_(other) { return inplace('div', this, other); }
    neg() { return wrap(ops.unary(unaryCode.get('neg'), this.handle)); }
    pow(exponent) {
      if (typeof exponent !== 'number') throw new TypeError(`pow() takes a number, not ${describe(exponent)}`);
      return wrap(ops.binary_number(binaryCode.get('pow'), this.handle, exponent, kindOf(exponent)));
    }
    sum(dims, keepdim = false) { return reduce('sum', this, dims, keepdim); }
    mean(dims, keepdim = false) { return reduce('mean', this, dims, keepdim); }
    backward(gradient = null, { retainGraph = false } = {}) {
      if (gradient !== null && !(gradient instanceof Tensor))
        throw new TypeError(`backward() takes a Tensor gradient or null, not ${describe(gradient)}`);
      ops.backward(this.handle, gradient ? gradient.handle : 0, retainGraph);
    }
    /** The values as a flat typed array (a copy) in the tensor's dtype; JavaScript has no
     *  16-bit float array, so float16 and bfloat16 values come widened (exactly) to float32. */
    data() {
      if (this.dtype === 'float16' || this.dtype === 'bfloat16') return scope(() => wrap(ops.to_dtype(this.handle, dtypeCode('float32'))).data());
      const bytes = ops.data_bytes(this.handle);
      const Array = {
        bool: Uint8Array, uint8: Uint8Array, int8: Int8Array, int16: Int16Array, int32: Int32Array, int64: BigInt64Array,
        float32: Float32Array, float64: Float64Array,
      }[this.dtype];
      return new Array(bytes.buffer);
    }
    item() { return ops.item(this.handle); }
    toString() { return ops.format(this.handle); }
    dispose() {
      if (this.#handle) ops.release(this.#handle);
      this.#handle = 0;
    }
  }

  const wrap = (handle) => (handle ? new Tensor(handle) : null);
  // a op b (or a op= b) for an op of the engine's binary table, b a Tensor or a number.
  const call = (name, a, b, suffix = '') => {
    const code = binaryCode.get(name);
    if (typeof b === 'number') return ops[`binary_number${suffix}`](code, a.handle, b, kindOf(b));
    if (!(b instanceof Tensor)) throw new TypeError(`${name}${suffix}() takes a Tensor or a number, not ${describe(b)}`);
    return ops[`binary${suffix}`](code, a.handle, b.handle);
  };
  const binary = (name, a, b) => wrap(call(name, a, b));
  // Over every element (dims undefined), or over the given dims; -1: the dtype PyTorch infers.
  const reduce = (name, t, dims, keepdim) =>
    wrap(dims === undefined ? ops[name](t.handle, -1) : ops[`${name}_dim`](t.handle, [dims].flat(), keepdim, -1));
  const inplace = (name, a, b) => {
    call(name, a, b, '_');
    return a;
  };

  /**
   * Calls the engine op `name` (a function of `ops` that returns a tensor handle) with
   * tensors and plain values, and wraps its result: op('matmul', a, b), op('tanh', x). An
   * in-place op (its name ends in `_`) returns its first argument: op('masked_fill_', x, m, v, true).
   */
  function op(name, ...args) {
    const values = args.map((a) => (a instanceof Tensor ? a.handle : a));
    // Elementwise functions of one or two tensors (tanh, relu, ..., add, maximum, ...) share
    // one entry point each, by code.
    if (unaryCode.has(name)) return wrap(ops.unary(unaryCode.get(name), ...values));
    if (binaryCode.has(name)) return wrap(ops.binary(binaryCode.get(name), ...values));
    if (typeof ops[name] !== 'function') throw new TypeError(`the engine has no op ${name}`);
    const result = ops[name](...values);
    return name.endsWith('_') ? args[0] : wrap(result);
  }

  /** Runs fn with gradient recording off (torch.no_grad). */
  function noGrad(fn) {
    const previous = ops.grad_enabled();
    ops.set_grad_enabled(false);
    try {
      return fn();
    } finally {
      ops.set_grad_enabled(previous);
    }
  }

  /** A tensor from nested arrays of numbers (or a flat typed array plus `shape`). */
  function tensor(data, { dtype, shape, requiresGrad = false } = {}) {
    const typed = ArrayBuffer.isView(data);
    const flat = typed ? Array.from(data, Number) : [data].flat(Infinity);
    dtype ??= 'float32';
    const code = dtypeCode(dtype);
    if (shape === undefined) shape = typed ? [data.length] : shapeOf(data);
    else checkShape(shape, flat.length);
    flat.forEach((value) => checkValue(value, dtype));
    const bytes = new Uint8Array(new Float64Array(flat).buffer);
    const t = new Tensor(ops.from_bytes(bytes, shape, dtypeCode('float64'), code));
    if (requiresGrad) t.requiresGrad = true;
    return t;
  }

  /** Runs fn; tensors it creates are disposed afterwards unless they are (in) its result. */
  function scope(fn) {
    const made = new Set();
    scopes.push(made);
    let result;
    try {
      result = fn();
    } finally {
      scopes.pop();
      const kept = new Set([result].flat(Infinity));
      for (const t of made) {
        if (kept.has(t)) scopes.at(-1)?.add(t);
        else t.dispose();
      }
    }
    return result;
  }

  return {
    ops, codes, Tensor, tensor, scope, op, noGrad,
    liveTensors: () => ops.live_tensors(),
    /** The size of the WebAssembly memory in bytes (it grows, never shrinks). */
    heapBytes: () => ops.heap_bytes(),
  };
}

// `data`'s shape, checking that it is a number or nested arrays of numbers of one shape.
// `path` holds the indices that led to `data`, for the error message.
function shapeOf(data, path = []) {
  const where = () => `data${path.map((i) => `[${i}]`).join('')}`;
  if (!Array.isArray(data)) {
    if (typeof data === 'number' || typeof data === 'boolean') return [];
    throw new TypeError(`tensor() takes numbers or nested arrays of numbers, but ${where()} is ${describe(data)}`);
  }
  let inner = null;
  for (let i = 0; i < data.length; i++) {
    path.push(i);
    const shape = shapeOf(data[i], path);
    if (inner !== null && (shape.length !== inner.length || shape.some((d, k) => d !== inner[k])))
      throw new TypeError(`tensor() takes arrays of one shape, but ${where()} has shape [${shape}] and its first sibling [${inner}]`);
    path.pop();
    inner ??= shape;
  }
  return [data.length, ...(inner ?? [])];
}

function checkShape(shape, count) {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0))
    throw new TypeError(`shape must be an array of non-negative integers, not ${describe(shape)}`);
  const size = shape.reduce((n, d) => n * d, 1);
  if (size !== count) throw new TypeError(`shape [${shape}] holds ${size} values, but ${count} were given`);
}

// The values an integer dtype holds: [lowest, highest + 1). A value is rounded toward zero first,
// as the conversion rounds it.
const INTEGER_RANGES = { uint8: [0, 2 ** 8], int8: [-(2 ** 7), 2 ** 7], int16: [-(2 ** 15), 2 ** 15], int32: [-(2 ** 31), 2 ** 31], int64: [-(2 ** 63), 2 ** 63] };
function checkValue(value, dtype) {
  if (typeof value !== 'number' && typeof value !== 'boolean')
    throw new TypeError(`tensor() takes numbers or nested arrays of numbers, not ${describe(value)}`);
  const range = INTEGER_RANGES[dtype];
  if (range && !(Math.trunc(value) >= range[0] && Math.trunc(value) < range[1]))
    throw new TypeError(`${value} does not fit dtype ${dtype}`);
}

function describe(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  if (value === null || typeof value !== 'object') return String(value);
  return `an object (${value.constructor?.name ?? 'with no prototype'})`;
}
