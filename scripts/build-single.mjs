// Builds dist/single/<lesson>.html: one self-contained file per lesson, opened straight from
// disk (file://, a USB stick) with no server and no network. It is the notebook page with
// everything inlined: its script and stylesheet (KaTeX's fonts as data URLs), the lesson with its
// recorded outputs and the pictures it shows from its folder (as data URLs; single-lesson.mjs),
// and the runtime's files (worker, engine wasm, Python packages, Pyodide and its standard library),
// each gzipped and base64-encoded, for web/single/inline-files.js to unpack into blob URLs.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { katexWoff2Only } from './esbuild-plugins.mjs';
import { lessonFiles } from '../web/lesson-format/index.mjs';
import { inScript, lessonBlock, singleFileName } from './single-lesson.mjs';

const MIME_TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.zip': 'application/zip' };

/**
 * @param {object} o
 * @param {string} o.root
 * @param {string} o.dist
 * @param {Record<string, string>} o.runtime  inlined name → its file (worker.js, gradbook.wasm,
 *        python.json and Pyodide's files, as web/single/single-assets.js names them)
 * @param {string} [o.lessons]  the course's folder; web/lessons by default
 * @param {Record<string, object[][]>} [o.recorded]  lesson file → its recorded outputs, if any
 * @returns {Promise<string[]>} the files written
 */
export async function buildSingleFiles({ root, dist, runtime, lessons: lessonsDir = join(root, 'web/lessons'), recorded = {} }) {
  const [page, template, files] = await Promise.all([
    bundlePage(root),
    readFile(join(root, 'web/app/index.html'), 'utf8'),
    Promise.all(Object.entries(runtime).map(async ([name, path]) => inlineFile(name, await readFile(path)))),
  ]);
  const lessons = lessonFiles(await readdir(lessonsDir));
  await mkdir(join(dist, 'single'), { recursive: true });
  return Promise.all(lessons.map(async (name) => {
    const path = join(dist, 'single', singleFileName(name));
    await writeFile(path, singlePage(template, page, files.join(''), await lessonBlock(lessonsDir, name, recorded[name])));
    return path;
  }));
}

async function bundlePage(root) {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'web/single/single.js')],
    outdir: 'out', // nothing is written; the names only tell the script from the stylesheet
    write: false,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    loader: { '.woff2': 'dataurl' },
    plugins: [katexWoff2Only, inlinedAssets(join(root, 'web/single/single-assets.js'))],
    logLevel: 'warning',
  });
  const text = (ext) => outputFiles.find((file) => file.path.endsWith(ext)).text;
  return { script: text('.js'), style: text('.css') };
}

// On a single-file page the runtime's files are the inlined ones, not the site's.
const inlinedAssets = (path) => ({
  name: 'inlined-assets',
  setup(build) {
    build.onResolve({ filter: /\/site-assets\.js$/ }, () => ({ path }));
  },
});

function inlineFile(name, bytes) {
  const packed = gzipSync(bytes, { level: 9 }).toString('base64');
  return `<script type="application/gzip" data-file="${name}" data-type="${MIME_TYPES[extname(name)]}">${packed}</script>\n`;
}

function singlePage(template, { script, style }, files, lessonBlock) {
  let html = template;
  const replace = (find, replacement) => {
    if (!html.includes(find)) throw new Error(`web/app/index.html no longer has ${find}; the single-file build needs it`);
    html = html.replace(find, () => replacement);
  };
  replace('<link rel="stylesheet" href="app.css">', `<style>${style.replace(/<\/(style)/gi, '<\\/$1')}</style>`);
  replace('<script type="module" src="app.js"></script>', '');
  // One file cannot open others: there is no page for them to open in.
  replace('<button id="open-file" type="button" role="menuitem">Open a lesson file…</button>', '');
  replace('</body>', `${lessonBlock}\n${files}<script type="module">${inScript(script)}</script>\n</body>`);
  return html;
}
