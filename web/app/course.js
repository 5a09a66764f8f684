// Where lessons come from: the course's own files (lessons/index.json lists them) or a file the
// learner opened from disk. URLs are relative to the page, so the built site works from any
// sub-path of any static server.
import { parseLesson } from '../lesson-format/index.mjs';
import { withRecordedOutputs } from '../lesson-format/recorded-outputs.mjs';
import { lessonLinks } from './lesson-links.js';
import { courseLessonURL } from './lesson-url.js';
import { loadOpenedFile, moveFileKeptByName } from './storage.js';

/**
 * The course's index: { lessons: [{ file, title, description?, recorded? }], files: { path → size } }
 * (written by the build, see copyLessons in scripts/build-app.mjs).
 */
export async function courseIndex() {
  const response = await fetch(pageURL('lessons/index.json'));
  if (!response.ok) throw new Error(`Could not load the course index (HTTP ${response.status}).`);
  return response.json();
}

/** The course's lessons: [{ file, title, description?, recorded? }]. */
export const loadCourseIndex = async () => (await courseIndex()).lessons;

/**
 * The files a course lesson's Python sees beside it, from the course's index: every other file of
 * the lessons folder, with its size (see RuntimeClient's lessonFiles), read from the site when a
 * program first reads one.
 */
export const lessonFilesOf = (index) => ({ base: pageURL('lessons/').href, files: index.files });

/**
 * The recorded outputs the course ships for lesson `file` (see recorded-outputs.mjs), or null.
 * Without them the lesson still opens: its cells just show nothing until they run.
 */
export async function courseRecordedOutputs(file, lessons) {
  const recorded = lessons.find((lesson) => lesson.file === file)?.recorded;
  if (!recorded) return null;
  const response = await fetch(pageURL(`lessons/${encodeURIComponent(recorded)}`)).catch(() => null);
  return response?.ok ? response.json().catch(() => null) : null;
}

/**
 * The lesson a page URL names: `?lesson=<file>` (from the course) or `?file=<key>` (a file
 * opened from disk earlier, kept by its content). Resolves to { id, name, title, cells, key? }
 * or null when it names none; a course lesson also has `files`, those beside it (see
 * RuntimeClient's lessonFiles), `links`, which resolves its relative URLs (lesson-links.js), and
 * `course`, the course's lessons (for moving between them); its code cells carry its recorded
 * outputs. `?open=<name>`, the address of a file kept by its name before, moves that file to its
 * content key and stands for `?file=<key>` from then on.
 */
export async function loadLessonFor(search) {
  const params = new URLSearchParams(search);
  if (params.has('lesson')) {
    const file = params.get('lesson');
    const url = courseLessonURL(file, document.baseURI);
    const [response, index] = await Promise.all([fetch(url), courseIndex()]);
    if (!response.ok) throw new Error(`Could not load the lesson “${file}” (HTTP ${response.status}).`);
    const [text, recorded] = await Promise.all([response.text(), courseRecordedOutputs(file, index.lessons)]);
    const lesson = parsed(file, text);
    const links = lessonLinks({ lesson: url, lessonPage: (other) => pageURL(`?lesson=${encodeURIComponent(other)}`).href });
    return {
      id: `lesson:${file}`, name: file, files: lessonFilesOf(index), links, course: index.lessons,
      ...lesson, cells: withRecordedOutputs(lesson.cells, recorded),
    };
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
