// Text as a terminal would finally show it, as Jupyter shows a stream: a carriage return ('\r')
// goes back to the start of the line and what follows overwrites it character by character
// (progress bars such as tqdm's redraw their line this way); '\n' goes to the start of the next
// line; ESC [ n A moves up n lines (tqdm's nested bars; n defaults to 1). Writes may split any
// of these anywhere. Other characters, other escape sequences included, are text.
const CURSOR_UP = /^\x1b\[(\d*)A/;
const UNFINISHED_ESCAPE = /\x1b(\[\d*)?$/;

export class TerminalText {
  #lines = [''];
  #row = 0;
  #column = 0;
  #held = ''; // the start of an escape sequence the next write may finish

  /**
   * Writes `text`; returns true when it only added text at the end (no carriage return, no
   * cursor movement), so a view of the text may append it rather than redraw.
   */
  write(text) {
    text = this.#held + text;
    this.#held = text.match(UNFINISHED_ESCAPE)?.[0] ?? '';
    if (this.#held) text = text.slice(0, -this.#held.length);
    const appended = this.#atEnd() && !/[\r\x1b]/.test(text);
    for (const piece of text.split(/(\r|\n|\x1b\[\d*A)/)) {
      if (piece === '\r') this.#column = 0;
      else if (piece === '\n') this.#newline();
      else if (CURSOR_UP.test(piece)) this.#row = Math.max(0, this.#row - Number(piece.match(CURSOR_UP)[1] || 1));
      else if (piece) this.#put(piece);
    }
    return appended && !this.#held;
  }

  /** The text shown: every line, the last one without a newline after it unless one was written. */
  get text() {
    return this.#lines.join('\n');
  }

  #atEnd() {
    return this.#row === this.#lines.length - 1 && this.#column === this.#lines[this.#row].length;
  }

  #newline() {
    this.#row += 1;
    this.#column = 0;
    if (this.#row === this.#lines.length) this.#lines.push('');
  }

  #put(piece) {
    const line = this.#lines[this.#row];
    this.#lines[this.#row] = line.slice(0, this.#column).padEnd(this.#column) + piece + line.slice(this.#column + piece.length);
    this.#column += piece.length;
  }
}
