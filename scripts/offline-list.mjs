// The service worker's offline list: the SHA-256 of every file it keeps, taken from the bytes in
// dist/ (what the server sends). The Cache API it keeps them in is writable by any script of the
// origin, so the worker serves a cached copy only while it still has these bytes. The version
// names its cache and changes whenever any file does. The datasets' files (tens of megabytes)
// are kept only once a program has read them; every other file is copied on the first visit.
//
// dist/sw.js is the list followed by the worker's code, which the build bundles once into
// assets/ (web/offline/sw.js). The site build and `gradbook lessons` both write sw.js with
// writeServiceWorker, so a lesson added to a built site is kept offline like the others, and
// the changed file makes browsers install the new worker.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const SERVICE_WORKER = 'sw.js';
const IMPORT = /^importScripts\(("[^"]+")\);$/m;

/** { files, onUse, version }: path (from the site's root) → base64 SHA-256, for the files of `dist`. */
export async function offlineList(dist) {
  const paths = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    // Not the site's: the engine's Node build, the single files and gradbook lessons' code.
    .filter((path) => !/^(engine|single|cli)\//.test(path) && path !== SERVICE_WORKER) // the browser fetches sw.js itself
    .sort();
  const files = {};
  const onUse = {};
  for (const path of paths) {
    const hash = createHash('sha256').update(await readFile(join(dist, path))).digest('base64');
    (/^datasets\/.*\/./.test(path) ? onUse : files)[path] = hash;
  }
  const version = createHash('sha256').update(JSON.stringify([files, onUse])).digest('hex').slice(0, 16);
  return { files, onUse, version };
}

/**
 * Writes dist/sw.js: the offline list of dist as it is now, then the worker's code, `code` (a
 * path from the site's root); by default the code the current sw.js runs.
 */
export async function writeServiceWorker(dist, code) {
  code ??= await workerCode(dist);
  const list = await offlineList(dist);
  await writeFile(join(dist, SERVICE_WORKER), '// Gradbook\'s service worker: the files it keeps offline (path → SHA-256), then its code.\n'
    + `self.gradbookOffline = ${JSON.stringify(list)};\n`
    + `importScripts(${JSON.stringify(code)});\n`);
}

/** The path of the worker's code that dist/sw.js runs; throws if dist has no such service worker. */
async function workerCode(dist) {
  let text;
  try {
    text = await readFile(join(dist, SERVICE_WORKER), 'utf8');
  } catch {
    throw new Error(`${dist} is not a built Gradbook site: it has no ${SERVICE_WORKER}`);
  }
  const found = text.match(IMPORT);
  if (!found) throw new Error(`${join(dist, SERVICE_WORKER)} is not a Gradbook service worker; build the site again`);
  return JSON.parse(found[1]);
}

/** The offline list dist/sw.js carries (for tests and tools that check a site). */
export async function readOfflineList(dist) {
  const text = await readFile(join(dist, SERVICE_WORKER), 'utf8');
  return JSON.parse(text.match(/^self\.gradbookOffline = (.*);$/m)[1]);
}
