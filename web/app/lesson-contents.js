// A lesson's table of contents: its section headings (levels 2 and 3) as links. On a wide
// screen it is a sidebar beside the lesson; on a narrow one a "Contents" menu that stays at the
// top of the window. The headings on the page get their anchors here (lesson-headings.js), so a
// link to ?lesson=…#anchor (the course search's) lands on its section; the list follows the
// learner's edits to the prose.
import { lessonHeadings } from './lesson-headings.js';

const UPDATE_DELAY_MS = 300;

export class LessonContents {
  element = document.createElement('nav');
  #list = document.createElement('ol');
  #menu = document.createElement('details');
  #notebook = null;
  #timer = null;
  #arrived = false; // whether the page has gone to the anchor its address named

  constructor() {
    this.element.className = 'lesson-contents';
    this.element.setAttribute('aria-label', 'Contents of this lesson');
    const summary = document.createElement('summary');
    summary.textContent = 'Contents';
    this.#menu.append(summary, this.#list);
    this.element.append(this.#menu);
    // On a narrow screen the menu closes once a section is chosen; the sidebar stays open.
    this.#list.addEventListener('click', (event) => {
      if (event.target.closest('a') && !WIDE.matches) this.#menu.open = false;
    });
    const layout = () => (this.#menu.open = WIDE.matches);
    WIDE.addEventListener('change', layout);
    layout();
  }

  /** Lists the headings of `notebook` (see notebook.js) and follows its edits. */
  show(notebook) {
    this.#notebook = notebook;
    notebook.addEventListener('change', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#update(notebook), UPDATE_DELAY_MS);
    });
    this.#update(notebook);
    // Opened at an anchor: its heading has only now got its id.
    if (location.hash && !this.#arrived) {
      this.#arrived = true;
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    }
  }

  #update(notebook) {
    if (notebook !== this.#notebook) return; // a notebook replaced since (Reset)
    const entries = [];
    lessonHeadings(notebook.cells).forEach((headings, i) => {
      const shown = notebook.cells[i].element.querySelectorAll('.markdown-body :is(h1, h2, h3, h4, h5, h6)');
      // The rendered headings are the source's, in order (a setext heading would be the odd one out).
      if (shown.length !== headings.length) return;
      headings.forEach((heading, j) => {
        shown[j].id = heading.id;
        if (heading.level === 2 || heading.level === 3) entries.push(heading);
      });
    });
    this.element.hidden = entries.length === 0;
    this.#list.replaceChildren(...entries.map(({ level, text, id }) => {
      const item = document.createElement('li');
      item.className = `contents-level-${level}`;
      const link = Object.assign(document.createElement('a'), { href: `#${id}`, textContent: text });
      item.append(link);
      return item;
    }));
  }
}

// The width from which the contents are a sidebar: the same as in style.css.
const WIDE = matchMedia('(min-width: 1200px)');
