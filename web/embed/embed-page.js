// embed.html?lesson=<file>: one course lesson and nothing else, for sites that embed only iframes.
import { courseIndex, courseRecordedOutputs, lessonFilesOf } from '../app/course.js';
import { courseLessonURL } from '../app/lesson-url.js';
import '../app/theme.css';
import { applyStoredTheme } from '../app/theme.js';
import { registerServiceWorker } from '../offline/register.js';
import { mount } from './mount.js';
import { setLessonFiles } from './page-runtime.js';

applyStoredTheme(); // the theme chosen on this site's pages, if it is served from the same one
registerServiceWorker();
const file = new URLSearchParams(location.search).get('lesson');
const host = document.getElementById('lesson');
if (file) showCourseLesson(file).catch((error) => (host.textContent = error.message));
else host.textContent = 'Name a lesson: embed.html?lesson=<file>';

async function showCourseLesson(file) {
  // The name is checked first (courseLessonURL refuses a name outside the lessons folder), so a
  // bad one fetches nothing, not even the course's file listing.
  const src = courseLessonURL(file, document.baseURI);
  const index = await courseIndex();
  setLessonFiles(lessonFilesOf(index)); // the runtime starts later, on the first run
  // A link to another lesson stays in the frame the host page gave this one.
  const notebook = await mount(host, {
    src, recorded: await courseRecordedOutputs(file, index.lessons), lessonPage: (other) => `?lesson=${encodeURIComponent(other)}`,
  });
  document.title = `${notebook.title} · Gradbook`;
}
