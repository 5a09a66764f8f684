// How an output finds the Python runtime its cell ran on, without knowing the page it is on
// (a lesson page, a single file, an embedded notebook or code block): it fires a
// 'gradbook-runtime' event, which bubbles up to the notebook that holds it, and the notebook
// answers by setting event.detail.runtime. No answer means no runtime: a page that only shows
// outputs.

const EVENT = 'gradbook-runtime';

/** The RuntimeClient the notebook around `element` runs on, or null. */
export function requestRuntime(element) {
  const detail = { runtime: null };
  element.dispatchEvent(new CustomEvent(EVENT, { bubbles: true, composed: true, detail }));
  return detail.runtime;
}

/** Answers requests from inside `container` with the runtime of `runner` (see CellRunner). */
export function answerRuntimeRequests(container, runner) {
  container.addEventListener(EVENT, (event) => {
    event.stopPropagation();
    event.detail.runtime = runner.runtime;
  });
}
