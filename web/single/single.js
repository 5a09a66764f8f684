// A single-file lesson (dist/single/<lesson>.html): the notebook page with its lesson inlined in
// a <script type="application/json" id="gradbook-lesson"> block ({ name, text, images, recorded }:
// images, the pictures beside the lesson it shows, as data: URLs by their path from the lessons
// folder; recorded, the outputs shown until the cells run, or null).
import 'katex/dist/katex.min.css';
import '../app/style.css';
import { parseLesson } from '../lesson-format/index.mjs';
import { withRecordedOutputs } from '../lesson-format/recorded-outputs.mjs';
import { showLesson } from '../app/lesson-page.js';
import { lessonLinks } from '../app/lesson-links.js';
import { applyStoredTheme } from '../app/theme.js';
import { setUpPageChrome } from '../app/page-chrome.js';
import { pointToTheCourse } from './course-link.js';

applyStoredTheme();
const { name, text, images, recorded } = JSON.parse(document.getElementById('gradbook-lesson').textContent);
document.body.dataset.page = 'lesson';
const container = document.getElementById('notebook');
// The file sits in the site's single/ folder, beside the single file of every other lesson, so
// what the lesson links to resolves as in the site's lessons/ folder when served from the site.
const links = lessonLinks({
  lesson: new URL(`../lessons/${encodeURIComponent(name)}`, location.href),
  lessonPage: (other) => new URL(`${encodeURIComponent(other.replace(/\.(md|ipynb)$/, ''))}.html`, location.href).href,
  inlined: images,
});
const lesson = parseLesson(name, text);
showLesson({ id: `single:${name}`, name, links, ...lesson, cells: withRecordedOutputs(lesson.cells, recorded) }, container);
setUpPageChrome();
pointToTheCourse(document.querySelector('.brand'), location);
container.removeAttribute('aria-busy');
