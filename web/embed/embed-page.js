// embed.html?lesson=<file>: one course lesson and nothing else, for sites that embed only iframes.
import { registerServiceWorker } from '../offline/register.js';
import { mount } from './mount.js';

registerServiceWorker();
const file = new URLSearchParams(location.search).get('lesson');
const host = document.getElementById('lesson');
if (file) {
  // encodeURIComponent keeps the name inside lessons/: a '/' or '..' in it cannot climb out.
  mount(host, { src: `lessons/${encodeURIComponent(file)}` })
    .then((notebook) => (document.title = `${notebook.title} · Gradbook`))
    .catch((error) => (host.textContent = error.message));
} else {
  host.textContent = 'Name a lesson: embed.html?lesson=<file>';
}
