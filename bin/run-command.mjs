// `gradbook run`: Gradbook's headless runner (usage in gradbook.mjs).
//
// After a lesson's exercise cell, its checks run and its verdict is printed on stdout
// ("exercise x-grad: ✓ correct"). Run as the learner first sees it, an exercise's starter code
// usually fails its checks, and the run goes on; with --solutions a failing verdict is an error,
// as a course's own test of its exercises would want.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { TerminalText } from '../web/app/terminal-text.js';
import { parseLesson } from '../web/lesson-format/index.mjs';
import { decodePart } from '../web/lesson-format/exercise-encoding.mjs';
import { verdictCode, verdictOf } from '../web/app/exercise-verdict.js';
import { showFolder, startNodeRuntime } from '../web/runtime/node.mjs';
import { inSandbox, runSandboxed } from './sandbox.mjs';

const USAGE = 'usage: gradbook run [--trusted] [--solutions] [--outdir DIR] FILE...';

function parseArgs(rest) {
  let outdir = null;
  let trusted = false;
  let solutions = false;
  const files = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--outdir') outdir = rest[++i];
    else if (rest[i] === '--trusted') trusted = true;
    else if (rest[i] === '--solutions') solutions = true;
    else files.push(rest[i]);
  }
  if (!files.length || (outdir !== null && !outdir)) throw new Error(USAGE);
  return { outdir, trusted, solutions, files };
}

// The cells of one file, each with the filename its tracebacks show, and an exercise's checks.
function cellsOf(file, { solutions }) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.py')) return [{ code: text, filename: resolve(file) }];
  return parseLesson(file, text)
    .cells.filter((c) => c.type === 'code')
    .map((c, i) => ({
      code: solutions && c.exercise?.solution ? decodePart(c.exercise.solution) : c.source,
      filename: `<cell ${i + 1}>`,
      ...(c.exercise?.checks ? { exercise: c.exercise } : {}),
    }));
}

// Prints an exercise's verdict; returns it as an error if a solution fails its checks.
function checkExercise(runtime, { id, checks }, { solutions, write }) {
  const reply = runtime.run(verdictCode(checks), '<checks>');
  const verdict = reply.ok ? verdictOf(reply.result) : null;
  const text = reply.ok ? reply.result['text/plain'] : reply.error.traceback;
  write(`exercise ${id}: ${text}\n`);
  if (!solutions || verdict?.passed) return null;
  return { traceback: `gradbook: the solution of exercise ${id} does not pass its checks: ${verdict?.message ?? text}\n` };
}

// Runs the cells of one file until the first error, then clears the state for the next file;
// returns that error (with `broken` set if the runtime broke) or null.
function runFile(runtime, file, options) {
  let cells;
  try {
    cells = cellsOf(file, options);
  } catch (error) {
    // The sandbox may read the folders of the files given; where a folder is missing, Node
    // refuses instead of saying the file is not there.
    const reason = error.code === 'ERR_ACCESS_DENIED' ? 'no such file or directory' : error.message;
    return { traceback: `${file}: ${reason}\n` };
  }
  let error = null;
  try {
    showFolder(runtime, dirname(resolve(file)));
    for (const { code, filename, exercise } of cells) {
      const reply = runtime.run(code, filename);
      if (!reply.ok) {
        error = withSandboxNote(reply.error);
        break;
      }
      error = exercise ? checkExercise(runtime, exercise, options) : null;
      if (error) break;
    }
    runtime.reset();
  } catch (crash) {
    // The kernel reports a lesson's own errors; anything thrown out of the runtime, while the
    // file runs or as its state is cleared, means Python itself broke (a Pyodide fatal error,
    // e.g. the stack overflowing under a raised recursion limit): only a new runtime goes on.
    const note = `gradbook: Python stopped working: ${crash?.name ?? 'Error'}: ${crash?.message ?? crash}\n`;
    return { traceback: (error?.traceback ?? '') + note, broken: true };
  }
  return error;
}

/** Runs `gradbook run` with its arguments (after "run"); resolves to the exit status. */
export async function runCommand(argv) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  if (!args.trusted && !inSandbox()) return runSandboxed(args, process.argv.slice(1));

  let sink = (stream, text) => (stream === 'stdout' ? process.stdout : process.stderr).write(text);
  // The backward trace on, as on the page: gradbook.explain and gradbook.graph read it.
  const start = () => startNodeRuntime({ write: (stream, text) => sink(stream, text), traceBackward: true });
  let runtime = await start();
  const options = { solutions: args.solutions, write: (text) => sink('stdout', text) };

  if (args.outdir === null) {
    for (const file of args.files) {
      const error = runFile(runtime, file, options);
      if (error) {
        process.stderr.write(error.traceback);
        return 1;
      }
    }
    return 0;
  }

  mkdirSync(args.outdir, { recursive: true });
  for (const [index, file] of args.files.entries()) {
    // stdout byte for byte, as Python wrote it (what conformance compares with CPython's);
    // stderr as a terminal shows it, so a progress bar's hundreds of '\r' redraws are one line.
    let out = '';
    const log = new TerminalText();
    sink = (stream, text) => {
      if (stream === 'stdout') out += text;
      else log.write(text);
    };
    const error = runFile(runtime, file, options);
    let err = error?.traceback;
    if (error?.broken) {
      // Pyodide prints Python's stack to stdout as it dies; it belongs with the error.
      const stack = out.lastIndexOf(PYTHON_STACK_HEADER);
      if (stack >= 0) [out, err] = [out.slice(0, stack), err + out.slice(stack)];
      runtime = await start();
    }
    writeFileSync(resolve(args.outdir, `${index + 1}.out`), out);
    if (err) writeFileSync(resolve(args.outdir, `${index + 1}.err`), err);
    if (log.text) writeFileSync(resolve(args.outdir, `${index + 1}.stderr`), log.text);
  }
  return 0;
}

// Node's permission model refuses a call in words that do not name the sandbox.
const NODE_DENIED = 'Error: Access to this API has been restricted';
const SANDBOX_NOTE = 'gradbook: the sandbox denied this: a lesson may read only the folders of the files given, '
  + 'write only --outdir and start no programs (--trusted lifts this)\n';

function withSandboxNote(error) {
  if (!inSandbox() || !error.traceback.includes(NODE_DENIED)) return error;
  return { ...error, traceback: error.traceback + SANDBOX_NOTE };
}

// How CPython's fault handler starts the stack it dumps.
const PYTHON_STACK_HEADER = 'Stack (most recent call first):\n';
