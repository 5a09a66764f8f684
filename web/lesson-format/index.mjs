// Reads a lesson file of either format by its name.
import { parseNotebook } from './ipynb.mjs';
import { parseMarkdownLesson } from './markdown-lesson.mjs';

/** The lesson files of a folder's listing, in course order (by name). */
export function lessonFiles(names) {
  return names.filter((name) => /\.(md|ipynb)$/.test(name)).sort();
}

export function parseLesson(name, text) {
  return name.endsWith('.ipynb') ? parseNotebook(text) : parseMarkdownLesson(text);
}
