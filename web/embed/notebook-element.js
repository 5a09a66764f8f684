// <gradbook-notebook src="lesson.ipynb"></gradbook-notebook>: a whole lesson (.ipynb or .md,
// its URL relative to the page) as a notebook in the page. `notebook` resolves to the mounted
// notebook (see mount.js), for scripts that want to drive it.
import { mount } from './mount.js';

export class GradbookNotebook extends HTMLElement {
  notebook = null;

  connectedCallback() {
    if (this.notebook || this.shadowRoot) return; // moved within the page: already mounted
    this.notebook = mount(this, { src: this.getAttribute('src') });
    this.notebook.catch((error) => {
      const message = document.createElement('p');
      message.className = 'page-error';
      message.textContent = error.message;
      this.shadowRoot.append(message);
    });
  }
}
