// One Python runtime per test file (`pythonSession`, reset before each test), and helpers that
// run a cell and return its stdout, stderr and the rich outputs it displayed.
import assert from 'node:assert/strict';
import { before, beforeEach } from 'node:test';

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

/**
 * The runtime a test file shares, reset to a fresh interpreter state before each test.
 * `output(code)` runs a cell that must succeed and returns what it printed.
 */
export function pythonSession(options) {
  const session = {
    output(code) {
      const reply = session.run(code);
      assert.ok(reply.ok, reply.error?.traceback);
      return reply.stdout;
    },
  };
  before(async () => Object.assign(session, await pythonRuntime(options)));
  beforeEach(() => session.runtime.reset());
  return session;
}
