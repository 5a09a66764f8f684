// Starts the runtime in Node: Pyodide from node_modules, the engine from the built dist/,
// the Python packages straight from web/python.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startRuntime } from './runtime.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function readPythonFiles(dir = join(root, 'web/python')) {
  const files = {};
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') walk(path);
      } else if (entry.name.endsWith('.py')) {
        files[relative(dir, path)] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(dir);
  return files;
}

/** Options as for startRuntime: write, and optionally display and traceBackward. */
export async function startNodeRuntime({ write, display, traceBackward }) {
  const enginePath = join(root, 'dist/engine/engine.mjs');
  if (!existsSync(enginePath)) throw new Error(`${enginePath} is missing: run \`npm run build\` first`);
  const [{ loadPyodide }, { loadEngine }] = await Promise.all([import('pyodide'), import(enginePath)]);
  const engine = await loadEngine();
  const pyodideOptions = { indexURL: join(root, 'node_modules/pyodide/') };
  return startRuntime({ loadPyodide, pyodideOptions, engine, pythonFiles: readPythonFiles(), write, display, traceBackward });
}
