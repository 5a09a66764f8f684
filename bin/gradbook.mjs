#!/usr/bin/env node
// Gradbook's command line.
//
//   gradbook run FILE...                 run .py files (one cell each) or lessons (.md/.ipynb,
//                                        all code cells in order); print their stdout
//   gradbook run --outdir DIR FILE...    run each FILE in a fresh namespace and torch state,
//                                        writing FILE i's stdout to DIR/i.out, any uncaught
//                                        error to DIR/i.err and its stderr (warnings, progress
//                                        bars) as a terminal would finally show it to
//                                        DIR/i.stderr (one Pyodide start, and a new one after
//                                        a file that broke it)
//   --solutions                          run each exercise's solution in place of its starter
//   --trusted                            run without the sandbox (sandbox.mjs)
//   gradbook lessons DIR                 after lessons were added to a built site (DIR, or its
//                                        lessons folder), rewrite its course index, offline
//                                        list and single files (scripts/update-lessons.mjs)
//
// Each command is imported only when named. `lessons` runs from the build's bundle of
// scripts/update-lessons.mjs (dist/cli/), which holds everything it needs, so the installed npm
// package runs it with Node alone; `run` needs the repository (the engine's Node build, Pyodide
// and the Python packages), which the package does not hold.
import { existsSync } from 'node:fs';

const USAGE = 'usage: gradbook run [--trusted] [--solutions] [--outdir DIR] FILE...\n       gradbook lessons DIR';

async function lessonsCommand(args) {
  if (args.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const { updateLessons } = await import('../dist/cli/update-lessons.mjs');
  const { site, lessons, singleFiles } = await updateLessons(args[0]);
  console.log(`${site}: the course index and the offline list now hold ${lessons.length} lessons:`);
  for (const { file, title } of lessons) console.log(`  ${file}  ${title}`);
  if (singleFiles.length) console.log('and single/ holds the single file of each');
  return 0;
}

async function runCommand(args) {
  const command = new URL('./run-command.mjs', import.meta.url);
  if (!existsSync(command)) {
    console.error('gradbook run works in a checkout of Gradbook\'s repository (it runs the engine\'s Node build, '
      + 'Pyodide and the Python packages from there); this installed package holds the built site and `gradbook lessons`');
    return 2;
  }
  return (await import(command)).runCommand(args);
}

async function main([command, ...args]) {
  if (command === 'lessons') return lessonsCommand(args);
  if (command === 'run') return runCommand(args);
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`gradbook: ${error.message ?? error}`);
  process.exitCode = 1;
}
