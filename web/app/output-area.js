// Shows what a cell printed, returned or raised, the way Jupyter does: consecutive writes to the
// same stream join into one block, stderr is red, a result gets an Out[n] prompt, and an error
// shows Python's traceback. Everything is inserted as text, never as HTML.

export class OutputArea {
  element = document.createElement('div');
  #lastStream = null; // { name, pre } while writes can still join the previous block

  constructor() {
    this.element.className = 'cell-output';
    this.element.setAttribute('aria-live', 'polite');
  }

  clear() {
    this.element.replaceChildren();
    this.#lastStream = null;
  }

  /** @param output a worker `output` message payload; @param count the cell's execution count */
  append(output, count) {
    if (output.kind === 'stream') return this.#appendStream(output.name, output.text);
    const text = output.data?.['text/plain'];
    if (text === undefined) return;
    const block = this.#block('output-' + output.kind, text);
    if (output.kind === 'result') {
      const prompt = document.createElement('span');
      prompt.className = 'output-prompt';
      prompt.textContent = `Out[${count}]:`;
      block.prepend(prompt);
    }
  }

  /** @param error { ename, evalue, traceback } from a worker `done` message */
  showError(error) {
    this.#block('output-error', error.traceback || `${error.ename}: ${error.evalue}`);
  }

  #appendStream(name, text) {
    if (this.#lastStream?.name === name) {
      this.#lastStream.pre.append(text);
      return;
    }
    const block = this.#block(`output-stream output-${name}`, text);
    this.#lastStream = { name, pre: block.querySelector('pre') };
  }

  #block(className, text) {
    const block = document.createElement('div');
    block.className = `output ${className}`;
    const pre = document.createElement('pre');
    pre.textContent = text;
    block.append(pre);
    this.element.append(block);
    this.#lastStream = null;
    return block;
  }
}
