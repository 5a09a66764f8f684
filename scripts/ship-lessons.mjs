// A course's lesson files as the site serves them: each rewritten in place with its exercises'
// solutions and checks encoded (web/lesson-format/shipped-lesson.mjs). The site build and
// `gradbook lessons` both call it, so a lesson dropped into a built site ships as the build's do.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shippedLesson } from '../web/lesson-format/shipped-lesson.mjs';

export async function shipLessons(folder, lessons) {
  await Promise.all(lessons.map(async ({ file }) => {
    const path = join(folder, file);
    const text = await readFile(path, 'utf8');
    const shipped = shippedLesson(file, text);
    if (shipped !== text) await writeFile(path, shipped);
  }));
}
