// npm test (after setup and build): every suite, fastest first, stopping at the first failure.
//   1. engine: the doctest suite via ctest (and a fixed stretch of the op fuzzer), natively
//      under AddressSanitizer + UndefinedBehaviorSanitizer. It runs once, in that build only:
//      the engine users run is the WebAssembly one, which the kernels, js and e2e suites test,
//      and a second, unsanitized native build of the same tests would double the compile time
//      (most of this suite's minutes) without testing anything more.
//   2. the kernels as WebAssembly (their SIMD code), built by `npm run build`, run by Node
//   3. JavaScript/Python suites with node:test (bindings, torch package, runner, site)
//   4. end-to-end in headless Chromium
// A test file of the last two keeps one core busy (one Python at a time, in Node or in the
// page's worker), so two files run at once: node:test alone would run one at a time here.
import { availableParallelism } from 'node:os';
import { buildNative, run } from './native-build.mjs';

const files = `--test-concurrency=${Math.min(4, Math.max(2, availableParallelism()))}`;

const suites = {
  engine: () => run('ctest', ['--test-dir', buildNative('sanitize'), '--output-on-failure', '-j2']),
  kernels: () => run('ctest', ['--test-dir', 'build/wasm', '--output-on-failure']),
  js: () => run('node', ['--test', files, 'tests/wasm/', 'tests/python/', 'tests/runner/', 'tests/lesson-format/', 'tests/app/', 'tests/site/', 'tests/lessons/', 'tests/conformance/', 'tests/programs/']),
  e2e: () => run('node', ['--test', files, 'tests/e2e/']),
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
