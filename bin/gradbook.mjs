#!/usr/bin/env node
// Gradbook's headless runner.
//
//   gradbook run FILE...                 run .py files (one cell each) or lessons (.md/.ipynb,
//                                        all code cells in order); print their stdout
//   gradbook run --outdir DIR FILE...    run each FILE in a fresh namespace and torch state,
//                                        writing FILE i's stdout to DIR/i.out and any
//                                        uncaught error to DIR/i.err (one Pyodide start)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { parseLesson } from '../web/lesson-format/index.mjs';
import { startNodeRuntime } from '../web/runtime/node.mjs';

const USAGE = 'usage: gradbook run [--outdir DIR] FILE...';

function parseArgs(argv) {
  const [command, ...rest] = argv;
  if (command !== 'run') throw new Error(USAGE);
  let outdir = null;
  const files = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--outdir') outdir = rest[++i];
    else files.push(rest[i]);
  }
  if (!files.length || (outdir !== null && !outdir)) throw new Error(USAGE);
  return { outdir, files };
}

// The cells of one file, each with the filename its tracebacks show.
function cellsOf(file) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.py')) return [{ code: text, filename: resolve(file) }];
  return parseLesson(file, text)
    .cells.filter((c) => c.type === 'code')
    .map((c, i) => ({ code: c.source, filename: `<cell ${i + 1}>` }));
}

// Runs the cells of one file until the first error; returns that error or null.
function runFile(runtime, file) {
  let cells;
  try {
    cells = cellsOf(file);
  } catch (error) {
    return { traceback: `${file}: ${error.message}\n` };
  }
  for (const { code, filename } of cells) {
    const reply = runtime.run(code, filename);
    if (!reply.ok) return reply.error;
  }
  return null;
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  let sink = (stream, text) => (stream === 'stdout' ? process.stdout : process.stderr).write(text);
  const runtime = await startNodeRuntime({ write: (stream, text) => sink(stream, text) });

  if (args.outdir === null) {
    for (const file of args.files) {
      runtime.reset();
      const error = runFile(runtime, file);
      if (error) {
        process.stderr.write(error.traceback);
        return 1;
      }
    }
    return 0;
  }

  mkdirSync(args.outdir, { recursive: true });
  args.files.forEach((file, index) => {
    let out = '';
    sink = (stream, text) => {
      if (stream === 'stdout') out += text;
    };
    runtime.reset();
    const error = runFile(runtime, file);
    writeFileSync(resolve(args.outdir, `${index + 1}.out`), out);
    if (error) writeFileSync(resolve(args.outdir, `${index + 1}.err`), error.traceback);
  });
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`gradbook: ${error.message ?? error}`);
  process.exitCode = 1;
}
