// The datasets the site ships: Debian's packages of them install their files under
// /usr/share/datasets/<name>/; the build copies those into dist/datasets/<name>/ and Python finds
// them, in the browser and in Node alike, at the same path Debian uses (runtime.mjs).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS_FOLDER } from './runtime.mjs';

/** Where Debian installs datasets: the same path Python sees them at. */
export const DEBIAN_DATASETS = DATASETS_FOLDER;

/** dataset name → the Debian package that installs it */
export const SHIPPED_DATASETS = { 'fashion-mnist': 'dataset-fashion-mnist' };

/**
 * Every file under `dir` (path relative to it, '/'-separated → size). Hidden files and folders
 * are left out, and so are folders that cannot be read.
 */
export function filesUnder(dir, prefix = '') {
  const files = {};
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, filesUnder(path, `${prefix}${entry.name}/`));
    else if (entry.isFile()) files[`${prefix}${entry.name}`] = statSync(path).size;
  }
  return files;
}

/** The shipped datasets' files installed on this machine (path under DEBIAN_DATASETS → size). */
export function installedDatasets() {
  const files = {};
  for (const name of Object.keys(SHIPPED_DATASETS)) {
    Object.assign(files, filesUnder(join(DEBIAN_DATASETS, name), `${name}/`)); // none if not installed
  }
  return files;
}
