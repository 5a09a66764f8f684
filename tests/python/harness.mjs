// One Python runtime per test file, and a helper that runs a cell and returns its stdout.
import { startNodeRuntime } from '../../web/runtime/node.mjs';

export async function pythonRuntime() {
  let out = '';
  const runtime = await startNodeRuntime({
    write: (stream, text) => {
      if (stream === 'stdout') out += text;
    },
  });
  let cell = 0;
  /** Runs code as a cell; resolves to { stdout, ok, result, error }. */
  const run = (code) => {
    out = '';
    const reply = runtime.run(code, `<cell ${++cell}>`);
    return { stdout: out, ...reply };
  };
  return { runtime, run };
}
