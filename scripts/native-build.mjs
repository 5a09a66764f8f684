// The two native builds of the engine and its tests: release, and Debug under AddressSanitizer
// + UndefinedBehaviorSanitizer. Each is configured once and then brought up to date.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

export const nativeBuilds = {
  release: { dir: 'build/native', cmakeArgs: ['-DCMAKE_BUILD_TYPE=Release'] },
  // clang: at -O0 it compiles the engine and its tests about four times faster than g++ at -Og,
  // and that compile is most of the engine suite's minutes.
  sanitize: { dir: 'build/sanitize', cmakeArgs: ['-DCMAKE_BUILD_TYPE=Debug', '-DGRADBOOK_SANITIZE=ON', '-DCMAKE_CXX_COMPILER=clang++'] },
};

// Builds one of them (all its targets, or the named ones) and returns its directory.
export function buildNative(name, targets = []) {
  const { dir, cmakeArgs } = nativeBuilds[name];
  if (!existsSync(join(root, dir, 'CMakeCache.txt'))) run('cmake', ['-S', '.', '-B', dir, ...cmakeArgs]);
  run('cmake', ['--build', dir, '-j2', ...targets.flatMap((t) => ['--target', t])]);
  return join(root, dir);
}
