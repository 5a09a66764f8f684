// A box that scrolls (a wide output or code block, a graph or plot drawn at its natural size on a
// phone, a wide formula, a picture in the prose) must be reachable from the keyboard, or what lies
// beyond the edge is out of reach without a mouse (WCAG 2.1.1). While its content overflows, such a
// box joins the tab order; focused, the arrow keys scroll it. A <pre> is read as the text it holds;
// any other box becomes a region named for what it shows and where, so a screen reader says where
// the focus landed.

/** The boxes that scroll sideways (notebook.css), with what each shows, to name it as a region. */
const SCROLL_BOXES = {
  pre: null,
  '.graph': 'Graph',
  'div.figure': 'Plot',
  '.tensor-body': 'Tensor',
  '.katex-display': 'Formula',
  '.prose-picture': 'Picture',
  '.step-backward-panel': 'Backward pass',
  '.output-html, .output-svg, .output-markdown, .output-latex, .output-image': 'Output',
};
const SELECTOR = Object.keys(SCROLL_BOXES).join(', ');

const observer = new ResizeObserver((entries) => entries.forEach(({ target }) => update(target)));

function update(box) {
  const overflows = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
  if (overflows) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
  if (box.matches('pre')) return;
  // Only a region named here is unnamed here: a box may carry a name of its own.
  if (overflows && !box.hasAttribute('role')) {
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', regionName(box));
    box.dataset.scrollRegion = '';
  } else if (!overflows && 'scrollRegion' in box.dataset) {
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
    delete box.dataset.scrollRegion;
  }
}

// A region is a landmark, and landmarks need names of their own: "Formula in cell 5, scrolls
// sideways", numbered where the cell has more than one ("Formula 2 in cell 5, …").
function regionName(box) {
  const [selector, kind] = Object.entries(SCROLL_BOXES).find(([boxes]) => box.matches(boxes));
  const cell = box.closest('.cell');
  const alike = [...(cell ?? box.getRootNode()).querySelectorAll(selector)];
  const number = alike.length > 1 ? ` ${alike.indexOf(box) + 1}` : '';
  const place = cell?.getAttribute('aria-label')?.match(/^Cell \d+/)?.[0].toLowerCase();
  return `${kind}${number}${place ? ` in ${place}` : ''}, scrolls sideways`;
}

const boxesIn = (root) => [...(root.matches(SELECTOR) ? [root] : []), ...root.querySelectorAll(SELECTOR)];

/** Watches the scrolling boxes in `root` (and `root` itself): each is in the tab order while it overflows. */
export function keyboardScrollable(root) {
  for (const box of boxesIn(root)) observer.observe(box);
}

/** Checks again the watched boxes in `root`, whose content may have grown wider without growing taller. */
export function recheckScrollable(root) {
  boxesIn(root).forEach(update);
}
