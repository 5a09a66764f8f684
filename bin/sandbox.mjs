// The runner's sandbox: it runs other people's lessons, so by default it re-executes itself
// under Node's permission model. The new process may read only the runner's own code, Pyodide,
// the engine, the bundled Python library, and the folders of the files it was given; it may
// write only the output folder; it may not start programs or workers, and it gets no environment
// variables (a CI job's secrets stay out of reach). `--trusted` runs in this process with no limits.
import { spawn } from 'node:child_process';
import { mkdirSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runtimeFolders } from '../web/runtime/node.mjs';

const runnerFolder = dirname(fileURLToPath(import.meta.url));

/** True when this process already runs under Node's permission model. */
export const inSandbox = () => Boolean(process.permission);

// Each path and, where it differs, the path it resolves to (Node checks the path a call names,
// and its module loader names the resolved one), each once: Node 20 aborts on a repeated path.
function spellings(paths) {
  const all = new Set();
  for (const path of paths) {
    const absolute = resolve(path);
    all.add(absolute);
    try {
      all.add(realpathSync(absolute));
    } catch {
      // Missing: the runner says so when it gets there.
    }
  }
  return [...all];
}

/**
 * Runs the runner again under the permission model with the same arguments; resolves to its
 * exit status. The output folder is made here, as the sandbox may write only inside it.
 */
export function runSandboxed({ files, outdir }, argv) {
  const reads = [runnerFolder, ...runtimeFolders(), ...files.map((file) => dirname(resolve(file)))];
  const writes = [];
  if (outdir !== null) {
    mkdirSync(outdir, { recursive: true });
    writes.push(outdir);
  }
  const flags = [
    '--experimental-permission',
    '--disable-warning=ExperimentalWarning',
    ...spellings(reads).map((path) => `--allow-fs-read=${path}`),
    ...spellings(writes).map((path) => `--allow-fs-write=${path}`),
  ];
  const child = spawn(process.execPath, [...process.execArgv, ...flags, ...argv], { stdio: 'inherit', env: {} });
  // A runner stopped by a signal stops its sandbox too, and reports the same way.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      if (signal) process.kill(process.pid, signal);
      done(code ?? 1);
    });
  });
}
