// Installs what a build needs and is missing: the system toolchain (Emscripten, CMake, g++,
// clang with its sanitizer runtime, doctest, Chromium, the datasets the site ships, and
// python3-tqdm, whose pure-Python tqdm ships with our Python packages — through apt when run as
// root on Debian/Ubuntu) and the npm packages pinned in package-lock.json. Uses Node built-ins
// only, so it runs before `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { DEBIAN_DATASETS, SHIPPED_DATASETS } from '../web/runtime/datasets.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

// Debian package → how to tell it is there.
const SYSTEM = [
  { pkg: 'emscripten', present: () => onPath('emcmake') && onPath('em++') },
  { pkg: 'cmake', present: () => onPath('cmake') },
  { pkg: 'g++', present: () => onPath('g++') },
  // The engine suite's build under the sanitizers (scripts/native-build.mjs) is clang's.
  { pkg: 'clang', present: () => onPath('clang++') },
  { pkg: 'libclang-rt-dev', present: clangHasSanitizers },
  { pkg: 'doctest-dev', present: () => existsSync('/usr/include/doctest/doctest.h') },
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { pkg: 'python3-tqdm', present: () => existsSync('/usr/lib/python3/dist-packages/tqdm/std.py') },
  // The datasets the site ships (web/runtime/datasets.mjs), which the build copies into dist/.
  ...Object.entries(SHIPPED_DATASETS).map(([name, pkg]) => ({ pkg, present: () => existsSync(join(DEBIAN_DATASETS, name)) })),
];

// Whether clang's AddressSanitizer runtime is installed (Debian ships it apart from clang).
function clangHasSanitizers() {
  const found = spawnSync('clang++', ['-print-runtime-dir'], { encoding: 'utf8' });
  if (found.status !== 0) return false;
  const dir = found.stdout.trim();
  return existsSync(dir) && readdirSync(dir).some((name) => name.startsWith('libclang_rt.asan'));
}

function installSystemPackages() {
  const missing = SYSTEM.filter((s) => !s.present()).map((s) => s.pkg);
  if (!missing.length) return;
  const canApt = process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get');
  if (!canApt) {
    console.error(`setup: missing ${missing.join(', ')}. Install them (on Debian/Ubuntu: ` +
      `sudo apt-get install -y --no-install-recommends ${missing.join(' ')}; elsewhere emsdk, CMake, a C++20 compiler, ` +
      'doctest, Chromium and tqdm 4.64), then run this again.');
    process.exit(1);
  }
  console.log(`setup: apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}

function installNpmPackages() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('setup: npm ci');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`setup: Node ${process.versions.node} is too old; Gradbook needs Node 20 or newer.`);
  process.exit(1);
}
installSystemPackages();
installNpmPackages();
