// A single-file lesson (dist/single/<lesson>.html): the notebook page with its lesson inlined in
// a <script type="application/json" id="gradbook-lesson"> block ({ name, text }).
import 'katex/dist/katex.min.css';
import '../app/style.css';
import { parseLesson } from '../lesson-format/index.mjs';
import { showLesson } from '../app/lesson-page.js';

const { name, text } = JSON.parse(document.getElementById('gradbook-lesson').textContent);
document.body.dataset.page = 'lesson';
const container = document.getElementById('notebook');
showLesson({ id: `single:${name}`, name, ...parseLesson(name, text) }, container);
container.removeAttribute('aria-busy');
