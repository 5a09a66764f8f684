// The text of a lesson file as the course ships it (the site's lessons/ folder, single files):
// its exercises' solutions and checks encoded (exercise-encoding.mjs), the rest unchanged. A
// lesson without exercises ships as its author wrote it.
import { encodePart } from './exercise-encoding.mjs';
import { parseMarkdownLesson, serializeMarkdownLesson } from './markdown-lesson.mjs';

export function shippedLesson(name, text) {
  return name.endsWith('.ipynb') ? shippedNotebook(text) : shippedMarkdown(text);
}

function shippedMarkdown(text) {
  const { cells, metadata } = parseMarkdownLesson(text);
  return cells.some((cell) => cell.exercise) ? serializeMarkdownLesson(cells, { metadata }) : text;
}

function shippedNotebook(text) {
  const nb = JSON.parse(text);
  const exercises = (nb.cells ?? []).map((cell) => cell?.metadata?.gradbook?.exercise).filter(Boolean);
  if (!exercises.length) return text;
  for (const exercise of exercises) {
    for (const field of ['solution', 'checks']) if (typeof exercise[field] === 'string') exercise[field] = encodePart(exercise[field]);
  }
  return JSON.stringify(nb, null, 1) + '\n';
}
