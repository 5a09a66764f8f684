// esbuild plugins shared by the site build and the single-file build.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// wasm/engine.mjs imports the Emscripten module it sits beside once built; in the source tree
// that module is in the engine's build output.
export const builtEngine = (engineDir) => ({
  name: 'built-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\/gradbook\.mjs$/ }, ({ importer }) =>
      importer.endsWith(join('wasm', 'engine.mjs')) ? { path: join(engineDir, 'gradbook.mjs') } : undefined);
  },
});

// Values only the build knows (hashed names, the file list) reach the code as modules:
// `import paths from 'gradbook:assets'`.
export const virtualModules = (modules) => ({
  name: 'virtual-modules',
  setup(build) {
    build.onResolve({ filter: /^gradbook:/ }, ({ path }) => ({ path, namespace: 'gradbook' }));
    build.onLoad({ filter: /.*/, namespace: 'gradbook' }, ({ path }) => ({ contents: JSON.stringify(modules[path]), loader: 'json' }));
  },
});

// KaTeX's CSS offers each font as woff2, woff and ttf. Every browser that runs this app takes
// woff2, so the other two are cut from the CSS instead of shipping 40 unused files.
export const katexWoff2Only = {
  name: 'katex-woff2-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/ }, async ({ path }) => {
      const css = (await readFile(path, 'utf8')).replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\(["'](woff|truetype)["']\)/g, '');
      if (/\.(woff|ttf)\)/.test(css)) throw new Error(`${path}: unexpected @font-face src format; cannot drop the woff/ttf fonts`);
      return { contents: css, loader: 'css', resolveDir: dirname(path) };
    });
  },
};
