// npm run build: the engine to WebAssembly (CMake + Emscripten), then the static site in dist/:
//   dist/engine/   the engine module, its wasm and the JS API, as Node imports them
//   the site: pages, bundles, runtime files and lessons (scripts/build-app.mjs)
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildApp } from './build-app.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const wasmBuild = join(root, 'build/wasm');

// Emscripten's JS optimiser needs acorn, which Debian ships outside Node's default search path.
const env = { ...process.env, NODE_PATH: [process.env.NODE_PATH, '/usr/share/nodejs'].filter(Boolean).join(':') };
const run = (command, args) => execFileSync(command, args, { cwd: root, env, stdio: 'inherit' });

async function exists(path) {
  return stat(path).then(() => true, () => false);
}

async function buildEngine() {
  if (!(await exists(join(wasmBuild, 'CMakeCache.txt')))) {
    run('emcmake', ['cmake', '-S', '.', '-B', wasmBuild, '-DCMAKE_BUILD_TYPE=Release',
      '-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch']);
  }
  run('cmake', ['--build', wasmBuild, '-j2']);
  await mkdir(join(dist, 'engine'), { recursive: true });
  await Promise.all([
    copyFile(join(wasmBuild, 'wasm/gradbook.mjs'), join(dist, 'engine/gradbook.mjs')),
    copyFile(join(wasmBuild, 'wasm/gradbook.wasm'), join(dist, 'engine/gradbook.wasm')),
    copyFile(join(root, 'wasm/engine.mjs'), join(dist, 'engine/engine.mjs')),
  ]);
}

const started = Date.now();
await buildEngine();
await buildApp({ root, dist });
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
