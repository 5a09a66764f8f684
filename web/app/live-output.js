// Which output a screen reader reads aloud as it changes: only the running cell's. Were every
// output a live region, Run all would read the whole lesson's outputs over each other, and
// redrawing a finished cell (a stale mark, a cleared output) would be read again. One output
// on the page is live at a time, across every notebook on it (they share one Python).

let live = null;

/** Makes `element` (a cell's output area) the live one: what is added to it is read aloud. */
export function speak(element) {
  if (live && live !== element) live.removeAttribute('aria-live');
  live = element;
  element.setAttribute('aria-live', 'polite');
}

/**
 * `element`'s cell has finished: it stops being live once the browser has drawn (and so told
 * screen readers about) what was added last — or at once, when another cell starts.
 */
export function hush(element) {
  if (live !== element) return;
  requestAnimationFrame(() => setTimeout(() => {
    if (live !== element) return;
    element.removeAttribute('aria-live');
    live = null;
  }));
}
