// The page: the course index, or the lesson its URL names (?lesson=<file>, or ?file=<key> for a
// file opened from disk).
import 'katex/dist/katex.min.css';
import './style.css';
import { loadLessonFor } from './course.js';
import { showCourseIndex } from './course-index.js';
import { showLesson } from './lesson-page.js';
import { setUpOpenFile } from './open-file.js';
import { applyStoredTheme } from './theme.js';
import { setUpPageChrome } from './page-chrome.js';
import { registerServiceWorker } from '../offline/register.js';

applyStoredTheme();
registerServiceWorker();
const container = document.getElementById('notebook');
setUpOpenFile({ button: document.getElementById('open-file'), input: document.getElementById('file-input') });
setUpPageChrome();
try {
  const lesson = await loadLessonFor(location.search);
  document.body.dataset.page = lesson ? 'lesson' : 'index';
  if (lesson) showLesson(lesson, container);
  else await showCourseIndex(container);
} catch (error) {
  document.body.dataset.page = 'error';
  const message = document.createElement('p');
  message.className = 'page-error';
  message.textContent = error.message;
  container.replaceChildren(message);
} finally {
  container.removeAttribute('aria-busy');
}
