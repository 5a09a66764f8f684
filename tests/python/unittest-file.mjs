// Runs one Python unittest file in a fresh runtime (web/runtime/node.mjs) on a worker thread and
// resolves to its tests' outcomes: [{ name: 'Class.test_method', outcome: 'passed' | 'failed' |
// 'skipped', message }]. Python runs synchronously, so only a thread of its own can be stopped:
// a file still running `timeout` ms after its runtime started is stopped and reported as failed.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const REPORTER = fileURLToPath(new URL('unittest_report.py', import.meta.url));
// Files the tests read (recorded .pt files, ...), at the same paths in the runtime's file system.
const FIXTURES = fileURLToPath(new URL('fixtures', import.meta.url));

// A guard against a test that never ends, not a speed limit: far above any file's run time, even
// on a machine busy with other work.
const TWENTY_MINUTES = 20 * 60 * 1000;

export function runUnittestFile(path, { timeout = TWENTY_MINUTES } = {}) {
  return new Promise((resolve) => {
    const failed = (message) => resolve([{ name: 'run', outcome: 'failed', message }]);
    const worker = new Worker(new URL(import.meta.url), { workerData: { path } });
    let timer;
    worker.on('message', (message) => {
      if (message.ready) {
        timer = setTimeout(() => {
          worker.terminate();
          failed(`${path} did not finish within ${timeout / 1000} s; it was stopped`);
        }, timeout);
      } else {
        clearTimeout(timer);
        resolve(message.outcomes);
        worker.terminate();
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      failed(`the runtime for ${path} failed: ${error.stack}`);
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      failed(`the runtime for ${path} exited (code ${code}) before reporting`); // no-op once resolved
    });
  });
}

async function runInWorker({ path }) {
  const { startNodeRuntime } = await import('../../web/runtime/node.mjs');
  // What a test prints goes into its failure message (unittest's buffer); anything printed
  // outside a test, such as while importing the file, is passed on.
  const runtime = await startNodeRuntime({ write: (stream, text) => process.stderr.write(text) });
  const py = runtime.pyodide;
  const fixtures = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  for (const file of [path, REPORTER, ...fixtures]) {
    py.FS.mkdirTree(dirname(file));
    py.FS.writeFile(file, readFileSync(file));
  }
  parentPort.postMessage({ ready: true });
  const report = py.runPython(`import runpy; runpy.run_path(${JSON.stringify(REPORTER)})["report"]`);
  parentPort.postMessage({ outcomes: JSON.parse(report(path)) });
  report.destroy();
}

if (!isMainThread) await runInWorker(workerData);
