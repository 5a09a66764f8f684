// The top bar stays at the top of the window; on a phone it keeps to one row, so Run all and Stop
// are always in reach: the less-used controls (marked data-overflow in index.html) move into the
// File menu as menu items, and back when the window widens. The elements themselves move, so they
// keep their handlers and state. The bar's height is kept in --topbar-height for the bars that
// stick below it (style.css).
const NARROW = matchMedia('(max-width: 600px)');

/** @param topbar the <header>; its toolbar's [data-overflow] controls fold into `menu` (a <details>) */
export function setUpTopbar(topbar, menu) {
  const items = menu.querySelector('.menu-items');
  const folding = [...topbar.querySelectorAll('[data-overflow]')].map((control) => {
    const place = document.createComment(` ${control.id} `);
    control.before(place);
    return { control, place };
  });
  const fold = () => {
    if (NARROW.matches) {
      items.prepend(...folding.map(({ control }) => control));
      for (const { control } of folding) control.setAttribute('role', 'menuitem');
    } else {
      for (const { control, place } of folding) {
        place.after(control);
        control.removeAttribute('role');
      }
    }
  };
  NARROW.addEventListener('change', fold);
  fold();
  // A control chosen from the menu closes it, as the menu's own items do.
  items.addEventListener('click', (event) => {
    if (event.target.closest('[data-overflow]')) menu.open = false;
  });

  const publishHeight = () => document.documentElement.style.setProperty('--topbar-height', `${topbar.offsetHeight}px`);
  new ResizeObserver(publishHeight).observe(topbar);
  publishHeight();
}
