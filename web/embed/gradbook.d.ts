// Types of gradbook.js, the JS API for pages that embed Gradbook.

/** A mime bundle: 'text/plain' always, richer forms of the same value beside it. */
export type MimeBundle = { 'text/plain': string } & Record<string, unknown>;

/** One thing a cell showed, in order. */
export type Output =
  | { kind: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { kind: 'result'; data: MimeBundle; count?: number }
  | { kind: 'display'; data: MimeBundle }
  | { kind: 'error'; ename: string; evalue: string; traceback: string };

/** A Python error as the runtime reports it. */
export interface PythonError {
  ename: string;
  evalue: string;
  traceback: string;
  lineno?: number;
}

export interface Cell {
  type: 'code' | 'markdown';
  source: string;
}

export interface MountOptions {
  /** A lesson file (.ipynb or .md), relative to the page. */
  src?: string | URL;
  /** Or the cells themselves: a string is a code cell. */
  cells?: (string | Cell)[];
  /**
   * What each code cell shows, marked as recorded, until it runs: one list of outputs per code
   * cell, in order (a course's lessons/<lesson>.recorded.json). A notebook's own stored outputs
   * win; a list of another length than the code cells is not used.
   */
  recorded?: Output[][] | null;
}

/** A notebook mounted into an element (inside its own shadow root). */
export interface MountedNotebook {
  readonly title: string;
  /** The code cells' current sources, in order. */
  readonly sources: string[];
  /** Runs every code cell in order; resolves when all have finished. */
  runAll(): Promise<void>;
  /** Runs code cell `index` (counting code cells only). */
  run(index: number): Promise<void>;
  /** What code cell `index` shows. */
  outputs(index: number): Output[];
}

/** Mounts a notebook into `element`; Python starts when a cell first runs. */
export function mount(element: Element, options: MountOptions): Promise<MountedNotebook>;

/** Upgrades every <pre data-gradbook> block under `scope` (the document by default) into a runnable cell. */
export function upgradeCodeBlocks(scope?: ParentNode): Promise<unknown[]>;

/** Runs Python in the page's runtime, the namespace every embedded cell shares. */
export function run(code: string): Promise<{ ok: boolean; outputs: Output[]; error?: PythonError }>;

/** Starts Python now instead of on the first run. */
export function preload(): void;

export type DType = 'bool' | 'uint8' | 'int32' | 'int64' | 'float32' | 'float64';
type NestedNumbers = number | NestedNumbers[];

/** An engine tensor. Its memory is freed by dispose() (or by Engine.scope), never by the garbage collector. */
export interface Tensor {
  readonly shape: number[];
  readonly dtype: DType;
  requiresGrad: boolean;
  grad: Tensor | null;
  /** The PyTorch name of the node that made it (e.g. 'AddBackward0'), or null for a leaf. */
  readonly gradFn: string | null;
  add(other: Tensor | number): Tensor;
  sub(other: Tensor | number): Tensor;
  mul(other: Tensor | number): Tensor;
  div(other: Tensor | number): Tensor;
  add_(other: Tensor | number): Tensor;
  sub_(other: Tensor | number): Tensor;
  mul_(other: Tensor | number): Tensor;
  div_(other: Tensor | number): Tensor;
  neg(): Tensor;
  pow(exponent: number): Tensor;
  sum(dims?: number | number[], keepdim?: boolean): Tensor;
  mean(dims?: number | number[], keepdim?: boolean): Tensor;
  backward(gradient?: Tensor | null, options?: { retainGraph?: boolean }): void;
  /** The values, flat, in the tensor's dtype (a copy). */
  data(): Uint8Array | Int32Array | BigInt64Array | Float32Array | Float64Array;
  item(): number;
  /** PyTorch's printed form, e.g. 'tensor([1., 2.], requires_grad=True)'. */
  toString(): string;
  dispose(): void;
}

export interface TensorOptions {
  dtype?: DType;
  shape?: number[];
  requiresGrad?: boolean;
}

export interface Engine {
  tensor(data: NestedNumbers | ArrayLike<number>, options?: TensorOptions): Tensor;
  /** Runs fn; tensors it makes are disposed afterwards unless they are (in) its result. */
  scope<T>(fn: () => T): T;
  /** Calls engine op `name` with tensors and plain values: op('matmul', a, b). */
  op(name: string, ...args: unknown[]): Tensor | null;
  /** Runs fn with gradient recording off (torch.no_grad). */
  noGrad<T>(fn: () => T): T;
  liveTensors(): number;
  heapBytes(): number;
}

/** The engine in this page (loaded once, on first use). */
export function loadEngine(): Promise<Engine>;

/** A tensor from nested arrays of numbers (or a flat typed array plus `shape`). */
export function tensor(data: NestedNumbers | ArrayLike<number>, options?: TensorOptions): Promise<Tensor>;
