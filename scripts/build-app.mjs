// Builds the static site into dist/ (everything there but dist/engine/, which the engine build
// writes for Node). Every URL in it is relative, so it works from any folder of any static host:
//   index.html               the course and its notebook page
//   embed.html               one lesson alone, for an iframe (embed.html?lesson=<file>)
//   gradbook-embed.js        the embed script: <gradbook-notebook> and <pre data-gradbook> blocks
//   gradbook.js, gradbook.d.ts   the JS API for embedders, and its types
//   assets/                  content-hashed files, safe to cache for ever: the page bundles and
//                            their shared chunks, the runtime's worker, the engine's wasm,
//                            python.json (our Python packages), KaTeX's fonts
//   pyodide/<version>/       Pyodide's runtime and Python standard library (fetched by the worker
//                            only when Python starts)
//   lessons/                 the course's lesson files, the files beside them (data a lesson
//                            reads), index.json listing both, and <lesson>.recorded.json: the
//                            recorded outputs of a Markdown lesson (scripts/lesson-recordings.mjs)
//   datasets/                the datasets the site ships (Debian's files, web/runtime/datasets.mjs)
//                            and index.json listing them; fetched only when a program reads them
//   sw.js                    the service worker: offline copies and cross-origin isolation (its
//                            list of files, then its code from assets/; offline-list.mjs)
//   single/<lesson>.html     each lesson as one self-contained file (scripts/build-single.mjs)
//   cli/update-lessons.mjs   `gradbook lessons` for Node, not part of the site
//                            (scripts/build-lessons-command.mjs)
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { lessonFiles } from '../web/lesson-format/index.mjs';
import { readPythonFiles } from '../web/runtime/node.mjs';
import { DEBIAN_DATASETS, SHIPPED_DATASETS, filesUnder } from '../web/runtime/datasets.mjs';
import { courseIndex, recordedFile, writeCourseIndex } from './course-index.mjs';
import { shipLessons } from './ship-lessons.mjs';
import { writeServiceWorker } from './offline-list.mjs';
import { builtEngine, katexWoff2Only, virtualModules } from './esbuild-plugins.mjs';
import { buildSingleFiles } from './build-single.mjs';
import { buildLessonsCommand } from './build-lessons-command.mjs';
import { lessonRecordings } from './lesson-recordings.mjs';

// Only the files a page needs: the loader, the interpreter, the standard library and the lock
// file Pyodide reads at start.
const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

/**
 * @param {object} o
 * @param {string} o.root  the checkout
 * @param {string} o.dist  the output folder
 * @param {string} [o.engineDir]  the built engine (gradbook.mjs, gradbook.wasm); dist/engine by default
 * @param {string} [o.lessons]  the course's folder; web/lessons by default
 * @param {string|null} [o.recordings]  the folder of the lessons' recordings (see
 *        scripts/lesson-recordings.mjs); tests/lessons for the default course, else none
 */
export async function buildApp({
  root, dist, engineDir = join(dist, 'engine'), lessons = join(root, 'web/lessons'),
  recordings = lessons === join(root, 'web/lessons') ? join(root, 'tests/lessons') : null,
}) {
  root = resolve(root);
  dist = resolve(dist);
  engineDir = resolve(engineDir);
  await mkdir(dist, { recursive: true });
  const owned = (await readdir(dist)).filter((name) => join(dist, name) !== engineDir);
  await Promise.all(owned.map((name) => rm(join(dist, name), { recursive: true, force: true })));
  await mkdir(join(dist, 'assets'));

  const recorded = await lessonRecordings(resolve(lessons), lessonFiles(await readdir(lessons)), recordings && resolve(recordings));
  const [pyodide, engineWasm, python, datasets] = await Promise.all([
    copyPyodide(root, dist),
    copyHashed(dist, 'gradbook.wasm', await readFile(join(engineDir, 'gradbook.wasm'))),
    copyHashed(dist, 'python.json', JSON.stringify(readPythonFiles())),
    copyDatasets(dist),
  ]);
  const bundle = (options) => bundleFor({ root, dist, engineDir, ...options });
  const [{ worker }, { shadow }] = await Promise.all([
    bundle({ entryPoints: { worker: join(root, 'web/runtime/worker.mjs') } }),
    bundle({ entryPoints: { shadow: join(root, 'web/embed/shadow.css') } }),
  ]);
  const pages = await bundle({
    entryPoints: {
      app: join(root, 'web/app/main.js'),
      'embed-page': join(root, 'web/embed/embed-page.js'),
      'gradbook-embed': join(root, 'web/embed/embed.js'),
      gradbook: join(root, 'web/embed/api.js'),
    },
    assets: { worker, pyodide, engineWasm, python, datasets, shadowCSS: shadow },
  });
  await Promise.all([
    writePage(join(root, 'web/app/index.html'), join(dist, 'index.html'), pages),
    writePage(join(root, 'web/embed/embed.html'), join(dist, 'embed.html'), pages),
    // Embedders' URLs must not change between builds: these stay put and import the hashed code.
    writeFile(join(dist, 'gradbook-embed.js'), `import './${pages['gradbook-embed']}';\n`),
    writeFile(join(dist, 'gradbook.js'), `export * from './${pages.gradbook}';\n`),
    cp(join(root, 'web/embed/gradbook.d.ts'), join(dist, 'gradbook.d.ts')),
    copyLessons(resolve(lessons), join(dist, 'lessons'), recorded),
  ]);
  const pyodideFiles = Object.fromEntries(PYODIDE_FILES.map((file) => [file, join(dist, pyodide, file)]));
  await buildLessonsCommand(root, dist); // before the offline list is written, which leaves it out
  await Promise.all([
    buildServiceWorker(root, dist),
    buildSingleFiles({
      root, dist, lessons, recorded, runtime: { 'worker.js': join(dist, worker), 'gradbook.wasm': join(dist, engineWasm), 'python.json': join(dist, python), ...pyodideFiles },
    }),
  ]);
}

// The service worker: its code bundled once into assets/, and sw.js, which lists the files it
// keeps offline and runs that code (offline-list.mjs, shared with `gradbook lessons`).
export async function buildServiceWorker(root, dist) {
  const { outputFiles: [code] } = await build({
    entryPoints: [join(root, 'web/offline/sw.js')],
    write: false,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  await writeServiceWorker(dist, await copyHashed(dist, 'offline.js', code.contents));
}

// Pyodide finds its files by name beside pyodide.mjs, so they cannot be renamed by content;
// the folder carries Pyodide's version instead, which changes whenever they do.
async function copyPyodide(root, dist) {
  const from = join(root, 'node_modules/pyodide');
  const { version } = JSON.parse(await readFile(join(from, 'package.json'), 'utf8'));
  const folder = `pyodide/${version}/`;
  await mkdir(join(dist, folder), { recursive: true });
  await Promise.all(PYODIDE_FILES.map((file) => cp(join(from, file), join(dist, folder, file))));
  return folder;
}

/** Writes `contents` as assets/<name>-<hash>.<ext>; returns that path. */
async function copyHashed(dist, name, contents) {
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10);
  const path = `assets/${name.replace(/(\.[^.]+)$/, `-${hash}$1`)}`;
  await writeFile(join(dist, path), contents);
  return path;
}

/**
 * Bundles `entryPoints` (name → source) into assets/ with hashed names and shared chunks.
 * `assets` becomes the `gradbook:assets` module (paths from the site's root). Resolves to
 * { [entry name]: its .js path, [entry name + '.css']: its stylesheet's path }.
 */
async function bundleFor({ root, dist, engineDir, entryPoints, assets = {} }) {
  const result = await build({
    entryPoints,
    outdir: dist,
    entryNames: 'assets/[name]-[hash]',
    chunkNames: 'assets/chunk-[hash]',
    assetNames: 'assets/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022', // top-level await and private class fields
    minify: true,
    metafile: true,
    loader: { '.woff2': 'file' },
    external: ['node:*'], // the engine's Node-only branch, never taken in a browser
    plugins: [katexWoff2Only, builtEngine(engineDir), virtualModules({ 'gradbook:assets': assets })],
    logLevel: 'warning',
  });
  const outputs = {};
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const name = Object.keys(entryPoints).find((key) => resolve(root, output.entryPoint) === resolve(entryPoints[key]));
    outputs[name] = relative(dist, resolve(path));
    if (output.cssBundle) outputs[`${name}.css`] = relative(dist, resolve(output.cssBundle));
  }
  return outputs;
}

// A page's source names its bundles by entry (src="app.js", href="app.css"); the built page
// names the hashed files.
async function writePage(from, to, bundles) {
  let html = await readFile(from, 'utf8');
  for (const [name, path] of Object.entries(bundles)) {
    const file = name.endsWith('.css') ? name : `${name}.js`;
    html = html.replaceAll(`"${file}"`, `"${path}"`);
  }
  await writeFile(to, html);
}

// Copies every lesson file and the recorded outputs of those that have some (written beside
// each as <lesson>.recorded.json), then writes index.json (course-index.mjs).
async function copyLessons(from, to, recorded) {
  await cp(from, to, { recursive: true });
  await Promise.all(Object.entries(recorded).map(([file, outputs]) => writeFile(join(to, recordedFile(file)), JSON.stringify(outputs) + '\n')));
  const index = await courseIndex(to);
  await shipLessons(to, index.lessons);
  await writeCourseIndex(to, index);
}

// Copies the shipped datasets from where Debian installs them into datasets/, and writes
// datasets/index.json listing them with their sizes; returns its path. A dataset that is not
// installed fails the build: lessons that use it would fail instead.
async function copyDatasets(dist) {
  await mkdir(join(dist, 'datasets'));
  for (const name of Object.keys(SHIPPED_DATASETS)) {
    await cp(join(DEBIAN_DATASETS, name), join(dist, 'datasets', name), { recursive: true });
  }
  const index = 'datasets/index.json';
  await writeFile(join(dist, index), JSON.stringify({ files: filesUnder(join(dist, 'datasets')) }, null, 2) + '\n');
  return index;
}
