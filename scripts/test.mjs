// npm test (after setup and build): every suite, fastest first, stopping at the first failure.
//   1. engine (C++, doctest via ctest, and a short run of the op fuzzer), native release build
//   2. engine again under AddressSanitizer + UndefinedBehaviorSanitizer
//   3. the kernels as WebAssembly (their SIMD code), built by `npm run build`, run by Node
//   4. JavaScript/Python suites with node:test (bindings, torch package, runner, site)
//   5. end-to-end in headless Chromium
import { buildNative, run } from './native-build.mjs';

const ctest = (build) => run('ctest', ['--test-dir', buildNative(build), '--output-on-failure', '-j2']);

const suites = {
  engine: () => ctest('release'),
  sanitizers: () => ctest('sanitize'),
  kernels: () => run('ctest', ['--test-dir', 'build/wasm', '--output-on-failure']),
  js: () => run('node', ['--test', 'tests/wasm/', 'tests/python/', 'tests/runner/', 'tests/lesson-format/', 'tests/app/', 'tests/site/', 'tests/lessons/', 'tests/conformance/', 'tests/programs/']),
  e2e: () => run('node', ['--test', '--test-concurrency=1', 'tests/e2e/']),
};

// `npm test -- js e2e` runs only the named suites.
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(suites);
for (const name of chosen) {
  if (!suites[name]) throw new Error(`unknown suite ${name}; choose from ${Object.keys(suites).join(', ')}`);
  const started = Date.now();
  console.log(`\n== ${name}`);
  suites[name]();
  console.log(`== ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
