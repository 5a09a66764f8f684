// A <details> menu (a <summary> button over role="menuitem" buttons) that keeps to WAI-ARIA's
// menu button pattern: opening it puts the focus on its first item (↑ on the button: its last);
// ↑/↓ move through the items that can be used, Home/End go to the ends, Escape closes it and
// gives the focus back to the button; Tab, a click elsewhere or the focus leaving close it.

/** @param {HTMLDetailsElement} details */
export function menuButton(details) {
  const summary = details.querySelector('summary');
  summary.setAttribute('aria-haspopup', 'menu');
  const all = [...details.querySelectorAll('[role="menuitem"]')];
  for (const item of all) item.tabIndex = -1; // the arrows move among them, Tab leaves the menu
  // The items one can use: not disabled, and shown on this page (the index hides a lesson's).
  const usable = () => all.filter((item) => !item.disabled && item.getClientRects().length);
  let opening = 0; // the item to focus when the menu opens: 0, -1 for the last, null when focused already
  const close = ({ returnFocus = false } = {}) => {
    details.open = false;
    if (returnFocus) summary.focus();
  };

  // Opened by a click, Enter or Space (the <summary>'s own, whose 'toggle' comes a moment later).
  details.addEventListener('toggle', () => {
    if (details.open && opening !== null) usable().at(opening)?.focus();
    opening = 0;
  });
  // Opened by an arrow key: at once, on the first or the last item.
  summary.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const wasOpen = details.open;
    details.open = true;
    usable().at(event.key === 'ArrowDown' ? 0 : -1)?.focus();
    if (!wasOpen) opening = null;
  });
  details.addEventListener('keydown', (event) => {
    if (!details.open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      return close({ returnFocus: true });
    }
    if (event.key === 'Tab') return close({ returnFocus: true }); // and Tab goes on from the button
    const items = usable();
    const at = items.indexOf(event.target);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    items.at(to % items.length).focus();
  });
  details.addEventListener('focusout', (event) => {
    if (details.open && event.relatedTarget && !details.contains(event.relatedTarget)) close();
  });
  document.addEventListener('click', (event) => {
    if (details.open && !details.contains(event.target)) close();
  });
}
