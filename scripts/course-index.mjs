// The course index, lessons/index.json: the lessons (.md and .ipynb) in filename order, each with
// the title and description it gives itself, and every other file of the folder with its size, which the
// lessons' Python sees in its working folder. The site build makes it from the course's folder
// and `gradbook lessons` from a built site's lessons folder, both with this one function, so a
// field added to a lesson's entry lands in both.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lessonFiles, parseLesson } from '../web/lesson-format/index.mjs';
import { checkLessonName } from '../web/app/lesson-url.js';
import { filesUnder } from '../web/runtime/datasets.mjs';

export const INDEX_FILE = 'index.json';

/**
 * The file of a lesson's recorded outputs, beside it. Only the site build writes these (from the
 * recordings in tests/lessons/, scripts/lesson-recordings.mjs); the index names the one a lesson
 * has, so `gradbook lessons` on a built site keeps them, and a lesson dropped in has none.
 */
export const recordedFile = (file) => `${file}.recorded.json`;

/**
 * The index of the lessons in `folder`:
 * { lessons: [{ file, title, description?, exercises?, recorded? }], files: { path → size } }.
 * Every lesson is read before anything is decided: a lesson that cannot be read or a file name
 * `?lesson=` refuses fails the whole index, with one line per file that says what is wrong.
 */
export async function courseIndex(folder) {
  const files = lessonFiles(await readdir(folder));
  const problems = [];
  const lessons = await Promise.all(files.map(async (file) => {
    try {
      checkLessonName(file); // else the index would list a lesson ?lesson= refuses
      const entry = lessonEntry(file, parseLesson(file, await readFile(join(folder, file), 'utf8')));
      return existsSync(join(folder, recordedFile(file))) ? { ...entry, recorded: recordedFile(file) } : entry;
    } catch (error) {
      problems.push(`${join(folder, file)}: ${error.message}`);
      return null;
    }
  }));
  if (problems.length) throw new Error(`these lessons cannot be read:\n  ${problems.sort().join('\n  ')}`);
  // The index itself is no file of a lesson's (a built site's folder has it from the last build),
  // nor are the recorded outputs, which the page reads and the lessons' Python must not see.
  const beside = Object.entries(filesUnder(folder))
    .filter(([path]) => !files.includes(path) && path !== INDEX_FILE && !path.endsWith('.recorded.json'));
  return { lessons, files: Object.fromEntries(beside) };
}

/**
 * What the index says of one lesson, from the lesson as parseLesson reads it: its one-line
 * description (`description:` in a Markdown lesson's front matter, `metadata.description` in a
 * notebook) and its exercises, named for the course index's progress marks.
 */
export function lessonEntry(file, lesson) {
  const exercises = lesson.cells.filter((cell) => cell.exercise).map((cell) => cell.exercise.id);
  const description = typeof lesson.metadata?.description === 'string' ? lesson.metadata.description.trim() : '';
  return {
    file, title: lesson.title, ...(description ? { description } : {}), ...(exercises.length ? { exercises } : {}),
  };
}

export async function writeCourseIndex(folder, index) {
  await writeFile(join(folder, INDEX_FILE), JSON.stringify(index, null, 2) + '\n');
}
