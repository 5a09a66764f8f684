// What an exercise adds to its code cell: a bar above it (the "Exercise" label, and marks for a
// pass and a shown solution) and a panel below its outputs with the verdict of its checks, its
// hints one at a time and its solution on request. The checks run right behind the cell, in its
// namespace (exercise-verdict.js); the learner's own error stays the cell's error, as Python
// printed it, and the verdict only says that nothing was checked.
import { decodePart } from '../lesson-format/exercise-encoding.mjs';
import { highlightedHTML } from './highlight.js';
import { renderMarkdown } from './markdown.js';
import { verdictCode, verdictOf } from './exercise-verdict.js';

export class ExerciseBox {
  bar = element('div', 'exercise-bar');
  panel = element('div', 'exercise-panel');
  #exercise;
  #cell;
  #progress; // a LessonProgress, or null where nothing is kept (an embedded notebook)
  #state = { passed: false, attempts: 0, hintsShown: 0, solutionShown: false };
  #shownVerdict = null; // { kind, message, details } while a verdict is shown
  #status = element('span', 'exercise-status');
  #verdict = element('div', 'exercise-verdict');
  #hints = element('ol', 'exercise-hints');
  #solution = element('div', 'exercise-solution');
  #hintButton = button('exercise-hint-button');
  #solutionButton = button('exercise-solution-button', 'Show solution');

  /**
   * @param {{ id, hints: string[], solution: string | null, checks: string | null }} exercise
   * @param {{ setSource(text): void }} cell
   * @param {import('./exercise-progress.js').LessonProgress | null} progress
   */
  constructor(exercise, cell, progress) {
    this.#exercise = exercise;
    this.#cell = cell;
    this.#progress = progress;
    if (progress) this.#state = progress.get(exercise.id);

    const label = element('span', 'exercise-label');
    label.textContent = 'Exercise';
    this.bar.append(label, this.#status);

    this.#verdict.setAttribute('role', 'status');
    this.#verdict.hidden = true;
    this.#solution.hidden = true;
    const actions = element('div', 'exercise-actions');
    if (exercise.hints.length) actions.append(this.#hintButton);
    if (exercise.solution) actions.append(this.#solutionButton);
    if (!exercise.checks) {
      const note = element('span', 'exercise-note');
      note.textContent = 'This copy of the exercise has no checks: run it and compare with the solution.';
      actions.append(note);
    }
    this.#hintButton.addEventListener('click', () => this.#record({ hintsShown: this.#state.hintsShown + 1 }));
    this.#solutionButton.addEventListener('click', () => this.#record({ solutionShown: true, solutionShownAt: new Date().toISOString() }));
    this.panel.append(this.#verdict, this.#hints, this.#solution, actions);
    this.#show();
  }

  /** The exercise as the lesson gave it (saved with the learner's edits). */
  get parts() {
    return this.#exercise;
  }

  /**
   * Queues the checks right behind the cell's run (`ran`, the runtime's promise for it), so they
   * see the namespace the cell left, and shows their verdict once both have finished.
   */
  queueCheck(runtime, ran) {
    if (!this.#exercise.checks) return;
    let verdict = null;
    const checked = runtime.run(verdictCode(this.#exercise.checks), {
      hidden: true,
      onOutput: (output) => {
        if (output.kind === 'result') verdict = verdictOf(output.data);
      },
    });
    this.#showVerdict('checking', 'Checking…');
    Promise.all([ran, checked]).then(([outcome, check]) => {
      if (outcome.cancelled || check.cancelled) return this.#showVerdict(null);
      if (!outcome.ok) return this.#showVerdict('not-checked', 'Not checked: your code raised an error (above). Fix it and run the cell again.');
      if (!verdict) return this.#showVerdict('fail', `✗ The checks could not run: ${check.error?.evalue || 'Python stopped'}`);
      this.#showVerdict(verdict.passed ? 'pass' : 'fail', verdict.passed ? '✓ Correct' : `✗ ${verdict.message}`, verdict.details);
      this.#record({
        attempts: this.#state.attempts + 1,
        ...(verdict.passed && !this.#state.passed ? { passed: true, passedAt: new Date().toISOString() } : {}),
      });
    });
  }

  /**
   * What the learner sees of the exercise, for an export of their copy (notebook-html.js): the
   * progress (passed, hints and solution shown) and the verdict shown, or null.
   */
  get shown() {
    return { state: { ...this.#state }, verdict: this.#shownVerdict };
  }

  /** Clear outputs: the verdict goes with the outputs it judged (hints and solution stay). */
  clearVerdict() {
    this.#showVerdict(null);
  }

  #record(change) {
    this.#state = { ...this.#state, ...change };
    this.#progress?.update(this.#exercise.id, () => change);
    this.#show();
  }

  #showVerdict(kind, text = '', details = []) {
    this.#verdict.hidden = kind === null;
    this.#shownVerdict = kind === null ? null : { kind, message: text, details };
    this.#verdict.dataset.verdict = kind ?? '';
    const message = element('div', 'exercise-verdict-message');
    message.textContent = text;
    const lines = details.map((detail) => Object.assign(element('div', 'exercise-verdict-detail'), { textContent: detail }));
    this.#verdict.replaceChildren(message, ...lines);
  }

  // The marks, hints and solution as the state says.
  #show() {
    const { passed, hintsShown, solutionShown } = this.#state;
    const { hints, solution } = this.#exercise;
    this.#status.replaceChildren(
      ...(passed ? [mark('exercise-mark-passed', '✓ Passed')] : []),
      ...(solutionShown && solution ? [mark('exercise-mark-solution', 'Solution shown')] : []),
    );
    const shown = Math.min(hintsShown, hints.length);
    while (this.#hints.children.length < shown) {
      const n = this.#hints.children.length;
      const item = element('li', 'exercise-hint');
      const title = element('div', 'exercise-hint-title');
      title.textContent = `Hint ${n + 1} of ${hints.length}`;
      const body = element('div', 'markdown-body');
      body.innerHTML = renderMarkdown(hints[n]);
      item.append(title, body);
      this.#hints.append(item);
    }
    this.#hintButton.textContent = `Show hint ${shown + 1} of ${hints.length}`;
    this.#hintButton.hidden = shown >= hints.length;
    if (solutionShown && solution && this.#solution.hidden) this.#revealSolution();
    this.#solutionButton.hidden = solutionShown;
  }

  #revealSolution() {
    const code = decodePart(this.#exercise.solution);
    const title = element('div', 'exercise-solution-title');
    title.textContent = 'Solution';
    const pre = element('pre', 'exercise-solution-code');
    pre.innerHTML = highlightedHTML(code);
    const use = button('exercise-use-solution', 'Put it in the cell');
    use.addEventListener('click', () => this.#cell.setSource(code));
    this.#solution.replaceChildren(title, pre, use);
    this.#solution.hidden = false;
  }
}

function element(tag, className) {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

function button(className, text = '') {
  const node = element('button', `button-quiet ${className}`);
  node.type = 'button';
  node.textContent = text;
  return node;
}

const mark = (className, text) => Object.assign(element('span', `exercise-mark ${className}`), { textContent: text });
