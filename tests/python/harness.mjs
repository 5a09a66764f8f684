// One Python runtime per test file, and a helper that runs a cell and returns its stdout,
// stderr and the rich outputs it displayed.
import { startNodeRuntime } from '../../web/runtime/node.mjs';

export async function pythonRuntime({ traceBackward = false } = {}) {
  let out = '';
  let displays = [];
  let err = '';
  const runtime = await startNodeRuntime({
    write: (stream, text) => {
      if (stream === 'stdout') out += text;
      else err += text;
    },
    display: (bundle) => displays.push(bundle),
    traceBackward,
  });
  let cell = 0;
  /** Runs code as a cell; resolves to { stdout, stderr, displays, ok, result, error }. */
  const run = (code) => {
    out = '';
    err = '';
    displays = [];
    const reply = runtime.run(code, `<cell ${++cell}>`);
    return { stdout: out, stderr: err, displays, ...reply };
  };
  return { runtime, run };
}
