// Where the built site's runtime files are. Their names carry content hashes, so the build
// supplies them (the `gradbook:assets` module, paths from the site's root); this module is
// bundled into the site's assets/ folder, so the root is one level up from it, wherever the
// site is hosted.
import paths from 'gradbook:assets';

export const siteRoot = new URL('../', import.meta.url).href;

/** path → absolute URL, for each of worker, pyodide (a folder), engineWasm, python, shadowCSS */
export const siteAssets = Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, new URL(path, siteRoot).href]));
