// The controls of gradbook.interact (gradbook/_controls.py documents their data) with the
// output of their function below them. Moving a control shows its new value at once and, once
// the control has rested for DEBOUNCE_MS, asks Python to run the function again in a run that
// takes no cell number; its output replaces the old one when it starts to arrive. A newer value
// drops the run still waiting in the queue, and the output of one already running is ignored,
// so only the latest values' output is ever shown.
// Controls need the Python that made them: with none on the page, from a recording, or after
// that Python has gone (a restart, a fatal error), they are disabled and say so.
import { requestRuntime } from './runtime-request.js';

export const CONTROLS_MIME = 'application/vnd.gradbook.controls+json';
export const CONTROLS_END_MIME = 'application/vnd.gradbook.controls-end+json';

/** How long a control must rest before its function runs: a drag is one run, not fifty. */
const DEBOUNCE_MS = 150;

const INACTIVE = {
  nowhere: 'Inactive: there is no Python on this page to run these controls.',
  recorded: 'Inactive: recorded output — run the cell to use these controls.',
  gone: 'Inactive: the Python that made these controls has stopped — run their cell again to use them.',
};

let nextId = 1;

export class LiveControls {
  element = document.createElement('div');
  /** The function's output (an OutputArea). */
  outputs;
  #spec;
  #newOutputs;
  #inputs = new Map(); // parameter → { control, input }
  #status = document.createElement('div');
  #runtime = null;
  #timer = 0;
  #queued = null; // the AbortController of the run waiting in the queue
  #generation = 0; // the latest values; runs of earlier ones are ignored
  #inactive = false;

  /**
   * @param spec { id, controls: [{ parameter, kind, label, value, … }] }
   * @param newOutputs makes an empty OutputArea (for the function's output; given, as the
   *        OutputArea that holds these controls makes them)
   */
  constructor(spec, newOutputs) {
    this.#spec = spec;
    this.#newOutputs = newOutputs;
    this.outputs = newOutputs();
    this.element.className = 'live-controls';
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', `controls: ${spec.controls.map((c) => c.label).join(', ')}`);
    const form = document.createElement('div');
    form.className = 'live-controls-form';
    for (const control of spec.controls) form.append(this.#draw(control));
    this.#status.className = 'live-controls-status';
    this.#status.setAttribute('role', 'status');
    this.outputs.element.className = 'live-controls-output';
    this.element.append(form, this.#status, this.outputs.element);
  }

  /** Finds the Python runtime of the page; call once the controls are in the page. */
  attach() {
    if (this.#inactive) return;
    this.#runtime = requestRuntime(this.element);
    if (!this.#runtime) return this.deactivate('nowhere');
    if (this.#runtime.status !== 'ready') return this.deactivate('gone');
    const watch = () => {
      if (!this.element.isConnected || this.#inactive) return this.#runtime.removeEventListener('status', watch);
      if (this.#runtime.status !== 'ready') this.deactivate('gone');
    };
    this.#runtime.addEventListener('status', watch);
  }

  /** Disables the controls and says why: 'nowhere', 'recorded' or 'gone'. */
  deactivate(why) {
    this.#inactive = true;
    clearTimeout(this.#timer);
    this.#queued?.abort();
    this.#generation += 1;
    for (const { input } of this.#inputs.values()) input.disabled = true;
    this.element.classList.add('inactive');
    this.#status.textContent = INACTIVE[why];
  }

  #draw(control) {
    const id = `gradbook-control-${nextId++}`;
    const row = document.createElement('div');
    row.className = `live-control live-control-${control.kind}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = control.label;
    let input;
    if (control.kind === 'slider') {
      input = document.createElement('input');
      input.type = 'range';
      Object.assign(input, { min: control.lo, max: control.hi, step: control.step });
      input.value = String(control.value);
      const shown = document.createElement('output');
      shown.htmlFor = id;
      shown.className = 'live-control-value';
      const show = () => {
        shown.textContent = input.value;
        input.setAttribute('aria-valuetext', input.value);
      };
      input.addEventListener('input', show);
      show();
      row.append(label, input, shown);
    } else if (control.kind === 'dropdown') {
      input = document.createElement('select');
      input.append(...control.labels.map((text, index) => new Option(text, String(index))));
      input.value = String(control.value);
      row.append(label, input);
    } else {
      input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = control.value;
      row.append(input, label);
    }
    input.id = id;
    input.addEventListener(control.kind === 'slider' ? 'input' : 'change', () => this.#changed());
    this.#inputs.set(control.parameter, { control, input });
    return row;
  }

  /** What the page sends for each parameter: a slider's number, an option's index, a checkbox's state. */
  #values() {
    const values = {};
    for (const [parameter, { control, input }] of this.#inputs) {
      values[parameter] = control.kind === 'checkbox' ? input.checked : Number(input.value);
    }
    return values;
  }

  #changed() {
    if (this.#inactive) return;
    this.#generation += 1;
    this.#queued?.abort(); // values that never ran: nobody will see them now
    this.#queued = null;
    this.#status.textContent = 'Updating…';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), DEBOUNCE_MS);
  }

  async #run() {
    const generation = this.#generation;
    const queued = new AbortController();
    this.#queued = queued;
    const latest = () => generation === this.#generation;
    let outputs = null;
    const show = () => {
      if (outputs) return;
      outputs = this.#newOutputs();
      outputs.element.className = 'live-controls-output';
      this.outputs.element.replaceWith(outputs.element);
      this.outputs = outputs;
    };
    const call = `__import__('gradbook._controls', fromlist=['rerun']).rerun(${JSON.stringify(this.#spec.id)}, ${JSON.stringify(JSON.stringify(this.#values()))})`;
    const outcome = await this.#runtime.run(call, {
      hidden: true,
      signal: queued.signal,
      onStart: () => {
        if (this.#queued === queued) this.#queued = null;
      },
      onOutput: (output) => {
        if (!latest()) return;
        show();
        outputs.append(output);
      },
    });
    if (!latest() || this.#inactive) return;
    if (outcome.fatal || outcome.error?.ename === 'ControlsInactive' || this.#runtime.status !== 'ready') return this.deactivate('gone');
    if (outcome.cancelled) {
      this.#status.textContent = 'Stopped before it ran: move a control to run it again.';
      return;
    }
    show(); // a run that showed nothing replaces the old output with nothing
    if (!outcome.ok) outputs.append({ kind: 'error', ...outcome.error });
    this.#status.textContent = '';
  }
}
