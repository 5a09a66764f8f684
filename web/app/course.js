// Finds and fetches the lesson the page should show. URLs are relative to the page, so the
// built site works from any sub-path of any static server.
import { parseMarkdownLesson } from '../lesson-format/markdown-lesson.mjs';

/** The lesson named by `?lesson=<file>`, else the first one in the course index. */
export async function loadLesson(search = location.search) {
  const file = new URLSearchParams(search).get('lesson') ?? (await firstLessonFile());
  // encodeURIComponent keeps the name inside lessons/: a '/' or '..' in it cannot climb out.
  const response = await fetch(pageURL(`lessons/${encodeURIComponent(file)}`));
  if (!response.ok) throw new Error(`Could not load the lesson “${file}” (HTTP ${response.status}).`);
  return { file, ...parseMarkdownLesson(await response.text()) };
}

async function firstLessonFile() {
  const response = await fetch(pageURL('lessons/index.json'));
  if (!response.ok) throw new Error(`Could not load the course index (HTTP ${response.status}).`);
  const { lessons } = await response.json();
  if (!lessons.length) throw new Error('The course has no lessons yet.');
  return lessons[0].file;
}

const pageURL = (path) => new URL(path, document.baseURI);
