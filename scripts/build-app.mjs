// Builds the page into dist/: the bundled app (app.js + app.css with KaTeX's fonts), index.html,
// and the lessons with a generated course index. The engine, Pyodide and worker.js are put into
// dist/ by other build steps, so this only replaces what it owns.
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseLesson } from '../web/lesson-format/index.mjs';

export async function buildApp({ root, dist }) {
  root = resolve(root);
  dist = resolve(dist);
  const owned = ['fonts', 'lessons'].map((name) => join(dist, name));
  await Promise.all(owned.map((path) => rm(path, { recursive: true, force: true })));
  await mkdir(dist, { recursive: true });
  await Promise.all([
    bundle(join(root, 'web/app/main.js'), dist),
    cp(join(root, 'web/app/index.html'), join(dist, 'index.html')),
    copyLessons(join(root, 'web/lessons'), join(dist, 'lessons')),
  ]);
}

function bundle(entry, dist) {
  return build({
    entryPoints: { app: entry },
    outdir: dist,
    bundle: true,
    format: 'esm',
    target: 'es2022', // top-level await and private class fields
    minify: true,
    loader: { '.woff2': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    plugins: [katexWoff2Only],
    logLevel: 'warning',
  });
}

// KaTeX's CSS offers each font as woff2, woff and ttf. Every browser that runs this app takes
// woff2, so the other two are cut from the CSS instead of shipping 40 unused files.
const katexWoff2Only = {
  name: 'katex-woff2-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/ }, async ({ path }) => {
      const css = (await readFile(path, 'utf8')).replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\(["'](woff|truetype)["']\)/g, '');
      if (/\.(woff|ttf)\)/.test(css)) throw new Error(`${path}: unexpected @font-face src format; cannot drop the woff/ttf fonts`);
      return { contents: css, loader: 'css', resolveDir: dirname(path) };
    });
  },
};

// Copies every lesson file and writes index.json: the lessons (.md and .ipynb) in filename
// order, with the title each one gives itself.
async function copyLessons(from, to) {
  await cp(from, to, { recursive: true });
  const files = (await readdir(from)).filter((name) => /\.(md|ipynb)$/.test(name)).sort();
  const lessons = await Promise.all(
    files.map(async (file) => ({ file, title: parseLesson(file, await readFile(join(from, file), 'utf8')).title })),
  );
  await writeFile(join(to, 'index.json'), JSON.stringify({ lessons }, null, 2) + '\n');
}
