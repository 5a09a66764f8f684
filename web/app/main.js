// The lesson page: starts Python at once (it takes seconds), then loads and shows the lesson.
import 'katex/dist/katex.min.css';
import './style.css';
import { RuntimeClient } from '../runtime/client.mjs';
import { showRuntimeStatus } from './runtime-status.js';
import { CellRunner } from './cell-runner.js';
import { loadLesson } from './course.js';
import { Notebook } from './notebook.js';

const runtime = new RuntimeClient(new URL('./worker.js', import.meta.url));
showRuntimeStatus(runtime, document.getElementById('runtime-status'));
const runner = new CellRunner(runtime);
document.getElementById('restart').addEventListener('click', () => runtime.restart());

const container = document.getElementById('notebook');
try {
  const lesson = await loadLesson();
  document.title = `${lesson.title} · Gradbook`;
  const notebook = new Notebook({ container, lesson, runner });
  const runAll = document.getElementById('run-all');
  runAll.addEventListener('click', () => notebook.runAll());
  runAll.disabled = false;
} catch (error) {
  const message = document.createElement('p');
  message.className = 'page-error';
  message.textContent = error.message;
  container.replaceChildren(message);
} finally {
  container.removeAttribute('aria-busy');
}
