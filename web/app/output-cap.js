// A long text output is capped, as Jupyter scrolls a long output: past CAP_LINES lines its block
// shows that many in a box that scrolls, with a button below that shows it all (and caps it
// again). The whole text is in the page either way, to read, search and copy.
export const CAP_LINES = 40;

/** Watches the text of `pre` in `block` (an output block); call update() after it changed. */
export class OutputCap {
  #block;
  #pre;
  #button = null;
  #expanded = false;
  #pending = 0;

  constructor(block, pre) {
    this.#block = block;
    this.#pre = pre;
    this.update();
  }

  /** Counts the lines once per frame, however often a stream writes. */
  update() {
    if (this.#pending) return;
    this.#pending = requestAnimationFrame(() => {
      this.#pending = 0;
      this.#measure();
    });
  }

  #measure() {
    const lines = lineCount(this.#pre.textContent);
    if (lines <= CAP_LINES && !this.#button) return;
    if (!this.#button) this.#addButton();
    this.#button.hidden = lines <= CAP_LINES;
    this.#block.classList.toggle('output-capped', lines > CAP_LINES && !this.#expanded);
    this.#button.textContent = this.#expanded ? 'Show fewer lines' : `Show all ${lines} lines`;
  }

  #addButton() {
    this.#block.style.setProperty('--cap-lines', CAP_LINES);
    this.#button = document.createElement('button');
    this.#button.type = 'button';
    this.#button.className = 'output-show-all';
    this.#button.addEventListener('click', () => {
      this.#expanded = !this.#expanded;
      this.#button.setAttribute('aria-expanded', String(this.#expanded));
      this.#measure();
    });
    this.#button.setAttribute('aria-expanded', 'false');
    this.#block.append(this.#button);
  }
}

function lineCount(text) {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
