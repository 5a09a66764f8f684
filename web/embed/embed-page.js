// embed.html?lesson=<file>: one course lesson and nothing else, for sites that embed only iframes.
import { courseLessonURL } from '../app/lesson-url.js';
import { registerServiceWorker } from '../offline/register.js';
import { mount } from './mount.js';

registerServiceWorker();
const file = new URLSearchParams(location.search).get('lesson');
const host = document.getElementById('lesson');
if (file) showCourseLesson(file).catch((error) => (host.textContent = error.message));
else host.textContent = 'Name a lesson: embed.html?lesson=<file>';

async function showCourseLesson(file) {
  const notebook = await mount(host, { src: courseLessonURL(file, document.baseURI) });
  document.title = `${notebook.title} · Gradbook`;
}
