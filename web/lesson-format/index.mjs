// Reads a lesson file of either format by its name.
import { parseNotebook } from './ipynb.mjs';
import { parseMarkdownLesson } from './markdown-lesson.mjs';

export function parseLesson(name, text) {
  return name.endsWith('.ipynb') ? parseNotebook(text) : parseMarkdownLesson(text);
}
