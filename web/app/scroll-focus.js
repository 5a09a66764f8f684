// Text that scrolls sideways (a wide output or code block) must be reachable from the keyboard,
// or what lies beyond the edge is out of reach without a mouse (WCAG 2.1.1). Such a <pre>, while
// its text overflows, joins the tab order; focused, the arrow keys scroll it.

const observer = new ResizeObserver((entries) => entries.forEach(({ target }) => update(target)));

function update(pre) {
  if (pre.scrollWidth > pre.clientWidth || pre.scrollHeight > pre.clientHeight) pre.tabIndex = 0;
  else pre.removeAttribute('tabindex');
}

/** Watches the <pre> blocks in `root` (or `root` itself): each is in the tab order while it overflows. */
export function keyboardScrollable(root) {
  for (const pre of root.matches('pre') ? [root] : root.querySelectorAll('pre')) observer.observe(pre);
}

/** Checks again the watched <pre> blocks in `root`, whose text may have grown wider without growing taller. */
export function recheckScrollable(root) {
  root.querySelectorAll('pre').forEach(update);
}
