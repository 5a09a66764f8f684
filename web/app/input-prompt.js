// The field a cell's input() asks in, under the cell's outputs, as Jupyter shows it: labelled with
// the prompt; Enter sends the line typed, Stop (the toolbar's) cancels. Once answered, the prompt
// and the answer stay in the outputs as a terminal would show them ("Name? Ada").
import { ANSWER_CHARACTERS } from '../runtime/input-channel.mjs';

let fields = 0;

export class InputPrompt {
  element = document.createElement('form');
  #settle;

  /** `answered` resolves with the line sent, or null if the question was closed unanswered. */
  constructor(prompt) {
    this.answered = new Promise((resolve) => (this.#settle = resolve));
    const id = `gradbook-input-${++fields}`;
    this.element.className = 'input-prompt';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.className = 'input-prompt-label';
    // A prompt of spaces alone says nothing: the field still says what it is for.
    label.textContent = prompt.trim() ? prompt : 'input()';
    const field = document.createElement('input');
    field.id = id;
    field.type = 'text';
    field.className = 'input-prompt-field';
    field.autocomplete = 'off';
    field.spellcheck = false;
    field.maxLength = ANSWER_CHARACTERS;
    const hint = document.createElement('span');
    hint.id = `${id}-hint`;
    hint.className = 'input-prompt-hint';
    hint.textContent = 'Enter sends · Stop cancels';
    field.setAttribute('aria-describedby', hint.id);
    this.element.append(label, field, hint);
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#end(field.value);
    });
    this.field = field;
  }

  /** Ends the question without an answer (the cell stopped). */
  close() {
    this.#end(null);
  }

  #end(text) {
    this.element.remove();
    this.#settle(text);
  }
}
