// One Python runtime per test file, and a helper that runs a cell and returns its stdout and
// the rich outputs it displayed.
import { startNodeRuntime } from '../../web/runtime/node.mjs';

export async function pythonRuntime({ traceBackward = false } = {}) {
  let out = '';
  let displays = [];
  const runtime = await startNodeRuntime({
    write: (stream, text) => {
      if (stream === 'stdout') out += text;
    },
    display: (bundle) => displays.push(bundle),
    traceBackward,
  });
  let cell = 0;
  /** Runs code as a cell; resolves to { stdout, displays, ok, result, error }. */
  const run = (code) => {
    out = '';
    displays = [];
    const reply = runtime.run(code, `<cell ${++cell}>`);
    return { stdout: out, displays, ...reply };
  };
  return { runtime, run };
}
