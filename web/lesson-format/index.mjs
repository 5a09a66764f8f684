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

/**
 * A lesson's entry in the course index (lessons/index.json): { file, title, description? }.
 * The description is the lesson's one-line summary: `description:` in a Markdown lesson's front
 * matter, `metadata.description` in a notebook. Whatever writes lessons/index.json calls this,
 * so every writer lists a lesson the same way.
 */
export function lessonEntry(file, text) {
  const { title, metadata } = parseLesson(file, text);
  const description = typeof metadata.description === 'string' ? metadata.description.trim() : '';
  return { file, title, ...(description ? { description } : {}) };
}
