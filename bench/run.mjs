// npm run bench: Gradbook against TensorFlow.js 4.22 (wasm backend with SIMD on one thread,
// and the cpu backend), side by side in one process, in Node and in headless Chromium; then
// the page's start-up (W6). Prints a table of medians with each row's speed relative to
// tfjs-wasm and writes the same rows to bench-results.json. Needs a built dist/.
//   node bench/run.mjs [W1 W3 ...]   only the named workloads (W6 included only if named)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { serveStatic } from '../scripts/serve.mjs';
import { readPythonFiles } from '../web/runtime/node.mjs';
import { measureStartup } from './startup.mjs';
import { embindW4, gradbookEngine, pythonW4, runAll, tfjsEngine } from './workloads.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const only = process.argv.slice(2).length ? process.argv.slice(2) : null;
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(join(root, 'dist/engine/engine.mjs'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// TensorFlow.js's packages import files without extensions, which Node's ESM loader rejects,
// so they are bundled: CommonJS for Node, an ES module for the page.
async function bundleTfjs() {
  const common = { entryPoints: [join(root, 'bench/tfjs-entry.mjs')], bundle: true, mainFields: ['module', 'main'], logLevel: 'error' };
  await Promise.all([
    build({ ...common, platform: 'node', format: 'cjs', outfile: join(root, 'build/bench/tfjs.cjs') }),
    build({ ...common, platform: 'browser', format: 'esm', outfile: join(root, 'build/bench/tfjs.mjs'),
      external: ['fs', 'path', 'worker_threads', 'perf_hooks', 'os', 'util', 'crypto'] }),
  ]);
}

const print = (row) => {
  const rate = row.gflops ? `${row.gflops.toFixed(1)} GFLOP/s` : row.us_per_op ? `${row.us_per_op.toFixed(2)} µs/op`
    : row.ns_per_element ? `${row.ns_per_element.toFixed(2)} ns/element` : '';
  console.error(`  ${row.env} ${row.workload} ${row.size} ${row.engine}: ${row.skipped ?? `${row.median_ms.toFixed(3)} ms ${rate}`}`);
};

async function benchNode() {
  const { loadEngine } = await import(join(root, 'dist/engine/engine.mjs'));
  const { tf, setWasmPaths } = createRequire(import.meta.url)(join(root, 'build/bench/tfjs.cjs'));
  const gb = await loadEngine();
  const rows = runAll([gradbookEngine(gb)], { env: 'node', log: print, only });
  if (!only || only.includes('W4')) {
    rows.push(embindW4(gb, 'node'));
    print(rows.at(-1));
  }
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist/'));
  for (const backend of ['wasm', 'cpu']) {
    await tf.setBackend(backend);
    await tf.ready();
    rows.push(...runAll([tfjsEngine(tf, `tfjs-${backend}`)], { env: 'node', log: print, only }));
  }
  if (!only || only.includes('W4')) {
    const { startNodeRuntime } = await import('../web/runtime/node.mjs');
    const runtime = await startNodeRuntime({ write: () => {} });
    const source = readFileSync(join(root, 'bench/python-w4.py'), 'utf8');
    rows.push(pythonW4((code) => runtime.pyodide.runPython(code), source, 'node'));
    print(rows.at(-1));
  }
  return rows;
}

async function benchChromium() {
  const server = await serveStatic({ dir: root, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => message.type() === 'error' && console.error(`  chromium: ${message.text()}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html`);
    await page.waitForFunction(() => typeof window.benchmark === 'function', null, { timeout: 60_000 });
    page.on('console', (message) => message.type() === 'log' && console.error(message.text()));
    const rows = await page.evaluate((options) => window.benchmark(options), { only, pythonFiles: readPythonFiles() });
    rows.forEach(print);
    return { rows, version: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}

// The engine built natively (-O3 -march=native, portable kernels) running W1-W5 from C++
// (bench/native), for the cost of WebAssembly itself; not built when no named workload has a
// native row.
const NATIVE_WORKLOADS = ['W1', 'W2', 'W3', 'W4', 'W5'];
function benchNative() {
  if (only && !only.some((w) => NATIVE_WORKLOADS.includes(w))) return [];
  const dir = join(root, 'build/bench-native');
  try {
    if (!existsSync(join(dir, 'CMakeCache.txt')))
      execFileSync('cmake', ['-S', root, '-B', dir, '-DCMAKE_BUILD_TYPE=Release', '-DGRADBOOK_BENCH=ON', '-DGRADBOOK_NATIVE_ARCH=ON'], { stdio: 'ignore' });
    execFileSync('cmake', ['--build', dir, '-j2', '--target', 'gradbook_bench'], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    console.error('  native: the bench binary did not build; no native rows');
    return [];
  }
  const out = execFileSync(join(dir, 'bench/native/gradbook_bench'), { encoding: 'utf8' });
  const rows = out.trim().split('\n').map((line) => ({ env: 'native', engine: 'gradbook', ...JSON.parse(line) }))
    .filter((row) => !only || only.includes(row.workload));
  rows.forEach(print);
  return rows;
}

// Each row's speed relative to tfjs-wasm on the same workload, size and environment
// (above 1: faster than tfjs-wasm).
function withRatios(rows) {
  const key = (r) => `${r.env} ${r.workload} ${r.size}`;
  const wasm = new Map(rows.filter((r) => r.engine === 'tfjs-wasm' && !r.skipped).map((r) => [key(r), r.median_ms]));
  return rows.map((r) => (wasm.has(key(r)) && !r.skipped ? { ...r, vs_tfjs_wasm: wasm.get(key(r)) / r.median_ms } : r));
}

// How a row's warm-up ended: its calls and seconds, and whether the timings settled.
const warmup = (r) => (r.warmup_calls === undefined ? ''
  : `${r.warmup_calls} calls, ${(r.warmup_ms / 1e3).toFixed(1)} s${r.settled ? '' : ', not settled'}`);

function table(rows) {
  const lines = [['env', 'workload', 'size', 'engine', 'median ms', 'rate', '× tfjs-wasm', 'error', 'first ms', 'warm-up']];
  for (const r of rows) {
    const rate = r.gflops !== undefined ? `${r.gflops.toFixed(1)} GFLOP/s` : r.us_per_op !== undefined ? `${r.us_per_op.toFixed(2)} µs/op`
      : r.ns_per_element !== undefined ? `${r.ns_per_element.toFixed(2)} ns/elem` : r.bytes !== undefined ? `${(r.bytes / 1e3).toFixed(1)} kB` : '';
    lines.push([r.env, r.workload, String(r.size), r.engine, r.skipped ? `n/a: ${r.skipped}` : r.median_ms.toFixed(3), rate,
      r.vs_tfjs_wasm ? `${r.vs_tfjs_wasm.toFixed(2)}×` : '', r.error !== undefined ? r.error.toExponential(1) : '',
      r.first_ms !== undefined ? r.first_ms.toFixed(3) : '', warmup(r)]);
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.filter((l) => !l[4].startsWith('n/a')).map((l) => l[c].length)));
  return lines.map((l) => l.map((cell, c) => (c === 4 && cell.startsWith('n/a') ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n');
}

// W4 per layer: what the engine (natively), WebAssembly with Embind, the JS API, and Python's
// torch package with Pyodide's bridge each add to one one-element op, in µs.
function layers(rows) {
  const perOp = (env, engine) => rows.find((r) => r.env === env && r.workload === 'W4' && r.engine === engine)?.us_per_op;
  const native = perOp('native', 'gradbook');
  const lines = [];
  for (const env of ['node', 'chromium']) {
    const [embind, js, python] = ['gradbook-embind', 'gradbook', 'gradbook-python'].map((e) => perOp(env, e));
    if ([native, embind, js, python].some((v) => v === undefined)) continue;
    const parts = [['engine (native C++)', native], ['WebAssembly + Embind', embind - native], ['JS API', js - embind],
      ['torch package + Pyodide bridge', python - js]];
    lines.push(`W4 per op, ${env}: ${parts.map(([name, us]) => `${name} ${us.toFixed(2)} µs`).join(', ')}; total ${python.toFixed(2)} µs`);
  }
  return lines.join('\n');
}

await bundleTfjs();
let rows = [];
console.error('Node:');
rows.push(...(await benchNode()));
console.error('Native:');
rows.push(...benchNative());
console.error('Chromium:');
const chromiumRun = await benchChromium();
rows.push(...chromiumRun.rows);
if (!only || only.includes('W6')) {
  console.error('Start-up:');
  rows.push(...(await measureStartup({ root, args: CHROMIUM_ARGS, log: print })));
}
rows = withRatios(rows);

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memory_gb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumRun.version,
  tfjs: JSON.parse(readFileSync(join(root, 'node_modules/@tensorflow/tfjs-core/package.json'), 'utf8')).version,
};
writeFileSync(join(root, 'bench-results.json'), JSON.stringify({ machine, results: rows }, null, 2) + '\n');
console.log(`${machine.cpu}, ${machine.cores} cores; Node ${machine.node}, Chromium ${machine.chromium}, TensorFlow.js ${machine.tfjs}`);
console.log(table(rows));
console.log(layers(rows));
console.log('\nwritten to bench-results.json');
