// Shows what a cell printed, returned, displayed or raised, the way Jupyter does: consecutive
// writes to the same stream join into one block, shown as a terminal shows it (a progress bar
// redraws its line), stderr is red, a result gets an Out[n] prompt, an error shows Python's
// traceback, and rich values go to the renderer for their mime type.
// Recorded outputs (a notebook file's stored ones, or those the course recorded for a Markdown
// lesson: see recorded-outputs.mjs) are shown, marked as recorded, until the cell runs.
// gradbook.interact's controls gather what their function shows, up to their end marker, below
// them (live-controls.js), so a control's re-run replaces just that.
import { CONTROLS_END_MIME, CONTROLS_MIME, LiveControls } from './live-controls.js';
import { renderBundle } from './outputs/render-bundle.js';
import { TerminalText } from './terminal-text.js';
import { OutputCap } from './output-cap.js';
import { hush, speak } from './live-output.js';
import { keyboardScrollable, recheckScrollable } from './scroll-focus.js';

export class OutputArea {
  element = document.createElement('div');
  #records = []; // what is shown, as plain data (for saving as .ipynb)
  #drawn = new Map(); // record → its output block
  #lastStream = null; // while writes can still join the previous block: see #appendStream
  #expected = false;
  #controls = new Map(); // a controls record → its LiveControls
  #gathering = null; // the LiveControls whose function's output is arriving

  constructor() {
    this.element.className = 'cell-output';
  }

  /** While its cell runs, what the output gains is read aloud (see live-output.js). */
  set live(running) {
    if (running) {
      speak(this.element);
    } else if (this.element.hasAttribute('aria-live')) { // its cell has just finished
      hush(this.element);
      recheckScrollable(this.element);
    }
  }

  /**
   * The records for a saved notebook: a drawing (graph, figure) also as the SVG the page drew,
   * so other notebook viewers can show it.
   */
  exportRecords() {
    const shown = this.#expected ? [] : this.#records;  // expected outputs are the file's, not this run's
    return shown.flatMap((record) => {
      const controls = this.#controls.get(record);
      if (controls) return [record, ...controls.outputs.exportRecords(), controlsEnd(record)];
      const drawing = record.data && this.#drawn.get(record)?.querySelector('svg.figure-svg, svg.graph-svg');
      return drawing ? { ...record, data: { ...record.data, 'image/svg+xml': drawing.outerHTML } } : record;
    });
  }

  clear() {
    this.element.replaceChildren();
    this.element.classList.remove('expected', 'stale');
    this.#records = [];
    this.#drawn.clear();
    this.#lastStream = null;
    this.#expected = false;
    this.#controls.clear();
    this.#gathering = null;
  }

  /** Shows the cell's recorded outputs, marked as recorded: this run has not given them. */
  showExpected(records) {
    if (!records.length) return;
    this.clear();
    this.#expected = true;
    this.element.classList.add('expected');
    this.element.append(label('expected-label', 'Recorded output — run the cell to see it live'));
    for (const record of records) this.#show(record);
    for (const controls of this.#controls.values()) controls.deactivate('recorded');
  }

  /** Marks what this run showed as stale: Python stopped after it, so its state is gone. */
  markStale() {
    if (this.#expected || !this.#records.length || this.element.classList.contains('stale')) return;
    this.element.classList.add('stale');
    this.element.prepend(label('stale-label', 'Stale: Python stopped since this ran — Restart, then run the cell again'));
    for (const controls of this.#controls.values()) controls.deactivate('gone');
  }

  /**
   * @param record { kind: 'stream', name, text } | { kind: 'result' | 'display', data, count? }
   *             | { kind: 'error', ename, evalue, traceback }
   */
  append(record) {
    if (this.#expected) this.clear();
    this.#show(record);
  }

  #show(record) {
    if (this.#gather(record)) return;
    if (record.kind === 'stream') return this.#appendStream(record);
    this.#records.push(record);
    this.#lastStream = null;
    if (record.kind === 'error') {
      const pre = textBlock(record.traceback || `${record.ename}: ${record.evalue}`);
      return new OutputCap(this.#block('output-error', pre), pre);
    }
    if (record.data?.[CONTROLS_MIME]) return this.#showControls(record);
    const content = renderBundle(record.data);
    const block = this.#block(`output-${record.kind}`, content);
    if (content.localName === 'pre') new OutputCap(block, content);
    this.#drawn.set(record, block);
    if (record.kind === 'result' && record.count != null) {
      const prompt = document.createElement('span');
      prompt.className = 'output-prompt';
      prompt.textContent = `Out[${record.count}]:`;
      block.prepend(prompt);
    }
  }

  // The records between a controls record and its end marker are its function's output. An
  // error (the cell's own, after an interrupt) ends the gathering: it belongs to the cell.
  #gather(record) {
    const controls = this.#gathering;
    if (!controls) return false;
    const end = record.data?.[CONTROLS_END_MIME];
    if (record.kind === 'error' || end) this.#gathering = null;
    if (record.kind === 'error') return false;
    if (!end) controls.outputs.append(record);
    return true;
  }

  #showControls(record) {
    const controls = new LiveControls(record.data[CONTROLS_MIME], () => new OutputArea());
    this.#records.push(record);
    this.#lastStream = null;
    this.#controls.set(record, controls);
    this.#gathering = controls;
    const block = this.#block('output-controls', controls.element);
    block.dataset.mime = CONTROLS_MIME;
    if (!this.#expected) controls.attach();
  }

  // A stream shows what a terminal would (terminal-text.js): a progress bar redrawn with '\r'
  // stays one line. Plain appends go straight in; a redraw waits for the next frame, so a bar
  // updated many times between two frames is drawn once. A block left holding only spaces is
  // hidden: in a terminal, where stdout and stderr share the screen, that is the line a bar
  // cleared (tqdm.write clears it, prints, and redraws the bar below), not a blank line.
  #appendStream({ name, text }) {
    let stream = this.#lastStream;
    if (stream?.record.name !== name) {
      const record = { kind: 'stream', name, text: '' };
      this.#records.push(record);
      const pre = textBlock('');
      const block = this.#block(`output-stream output-${name}`, pre);
      stream = { record, pre, block, terminal: new TerminalText(), redraw: 0, cap: new OutputCap(block, pre) };
      this.#lastStream = stream;
    }
    const appended = stream.terminal.write(text);
    stream.record.text = stream.terminal.text;
    stream.block.classList.toggle('output-blank', !/[^ ]/.test(stream.record.text));
    if (stream.redraw) return;
    if (appended) {
      stream.pre.append(text);
      stream.cap.update();
    } else {
      stream.redraw = requestAnimationFrame(() => {
        stream.redraw = 0;
        stream.pre.textContent = stream.terminal.text;
        stream.cap.update();
      });
    }
  }

  #block(className, content) {
    const block = document.createElement('div');
    block.className = `output ${className}`;
    block.append(content);
    this.element.append(block);
    keyboardScrollable(block);
    return block;
  }
}

// The end marker gradbook.interact sends after its function's first output, for a saved notebook.
function controlsEnd(record) {
  return { kind: 'display', data: { [CONTROLS_END_MIME]: { id: record.data[CONTROLS_MIME].id }, 'text/plain': '' } };
}

function label(className, text) {
  const div = document.createElement('div');
  div.className = className;
  div.textContent = text;
  return div;
}

function textBlock(text) {
  const pre = document.createElement('pre');
  pre.textContent = text;
  return pre;
}
