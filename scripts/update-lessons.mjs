// `gradbook lessons DIR`: after lesson files (.md, .ipynb) and the files they use were added to,
// changed in or removed from a built site's lessons folder, rewrites the course index
// (lessons/index.json) and the service worker's offline list (sw.js) as the site build would,
// and, where the build made single-file lessons, each lesson's single file, with Node alone.
// Every lesson is read first: if one cannot be, nothing is written.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { INDEX_FILE, courseIndex, writeCourseIndex } from './course-index.mjs';
import { SERVICE_WORKER, writeServiceWorker } from './offline-list.mjs';
import { shipLessons } from './ship-lessons.mjs';
import { rewriteSingleFiles } from './single-lesson.mjs';

/**
 * @param {string} dir  a built site (the folder of index.html and sw.js) or its lessons folder
 * @returns {Promise<{ site: string, lessons: { file: string, title: string }[], singleFiles: string[] }>}
 */
export async function updateLessons(dir) {
  const site = siteOf(resolve(dir));
  const folder = join(site, 'lessons');
  const index = await courseIndex(folder);
  await shipLessons(folder, index.lessons);
  await writeCourseIndex(folder, index);
  await writeServiceWorker(site);
  const singleFiles = await rewriteSingleFiles(site, folder, index.lessons.map(({ file }) => file));
  return { site, lessons: index.lessons, singleFiles };
}

function siteOf(dir) {
  const isSite = (path) => existsSync(join(path, SERVICE_WORKER)) && existsSync(join(path, 'lessons', INDEX_FILE));
  if (isSite(dir)) return dir;
  if (basename(dir) === 'lessons' && isSite(dirname(dir))) return dirname(dir);
  throw new Error(`${dir} is not a built Gradbook site: name the folder that holds index.html, ${SERVICE_WORKER} and lessons/`);
}
