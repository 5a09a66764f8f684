// Where lessons come from: the course's own files (lessons/index.json lists them) or a file the
// learner opened from disk. URLs are relative to the page, so the built site works from any
// sub-path of any static server.
import { parseLesson } from '../lesson-format/index.mjs';
import { lessonLinks } from './lesson-links.js';
import { courseLessonURL } from './lesson-url.js';
import { loadOpenedFile, moveFileKeptByName } from './storage.js';

/** The course's index: { lessons: [{ file, title }], files: { path → size } }. */
async function courseIndex() {
  const response = await fetch(pageURL('lessons/index.json'));
  if (!response.ok) throw new Error(`Could not load the course index (HTTP ${response.status}).`);
  return response.json();
}

/** The course's lessons: [{ file, title }]. */
export const loadCourseIndex = async () => (await courseIndex()).lessons;

/**
 * The files a course lesson's Python sees beside it: every other file of the lessons folder
 * (index.json lists them with their sizes), read from the site when a program first reads one.
 */
export async function courseLessonFiles() {
  return { base: pageURL('lessons/').href, files: (await courseIndex()).files };
}

/**
 * The lesson a page URL names: `?lesson=<file>` (from the course) or `?file=<key>` (a file
 * opened from disk earlier, kept by its content). Resolves to { id, name, title, cells, key? }
 * or null when it names none; a course lesson also has `files`, those beside it (see
 * RuntimeClient's lessonFiles), and `links`, which resolves its relative URLs (lesson-links.js).
 * `?open=<name>`, the address of a file kept by its name before, moves that file to its content
 * key and stands for `?file=<key>` from then on.
 */
export async function loadLessonFor(search) {
  const params = new URLSearchParams(search);
  if (params.has('lesson')) {
    const file = params.get('lesson');
    const url = courseLessonURL(file, document.baseURI);
    const [response, files] = await Promise.all([fetch(url), courseLessonFiles()]);
    if (!response.ok) throw new Error(`Could not load the lesson “${file}” (HTTP ${response.status}).`);
    const links = lessonLinks({ lesson: url, lessonPage: (other) => pageURL(`?lesson=${encodeURIComponent(other)}`).href });
    return { id: `lesson:${file}`, name: file, files, links, ...parsed(file, await response.text()) };
  }
  if (params.has('open')) {
    const name = params.get('open');
    const key = moveFileKeptByName(name);
    if (!key) throw new Error(`The lesson file “${name}” is no longer stored in this browser: open it again.`);
    history.replaceState(null, '', `?file=${key}`);
    return loadLessonFor(`?file=${key}`);
  }
  if (params.has('file')) {
    const key = params.get('file');
    const opened = loadOpenedFile(key);
    if (!opened) throw new Error('This lesson file is no longer stored in this browser: open it again.');
    return { id: `file:${key}`, name: opened.name, key, ...parsed(opened.name, opened.text) };
  }
  return null;
}

/** The lesson in file `name`; its problems, if any, are told with the file's name. */
function parsed(name, text) {
  try {
    return parseLesson(name, text);
  } catch (error) {
    throw new Error(`Could not open the lesson “${name}”: ${error.message}`);
  }
}

const pageURL = (path) => new URL(path, document.baseURI);
