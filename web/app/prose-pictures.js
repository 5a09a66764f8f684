// A picture drawn in a lesson's prose (an inline <svg> with a viewBox) scales with the column, so
// on a phone its labels would shrink past reading. It keeps at least the width at which its
// smallest text is 11 px, as graphs and plots do, and scrolls sideways below that in a box of its
// own (which scroll-focus.js brings into the tab order while it overflows).

const SMALLEST_TEXT_PX = 11;

/** Gives each labelled picture in `root` its least readable width and a box to scroll in. */
export function keepPicturesReadable(root) {
  for (const picture of root.querySelectorAll('svg[viewBox]')) {
    const sizes = [...picture.querySelectorAll('[font-size]')]
      .map((element) => parseFloat(element.getAttribute('font-size')))
      .filter((size) => size > 0);
    const { width } = picture.viewBox.baseVal;
    if (!sizes.length || !width) continue;
    // Text of size s in viewBox units is drawn at s × (drawn width / viewBox width) pixels.
    picture.style.minWidth = `${Math.ceil((width * SMALLEST_TEXT_PX) / Math.min(...sizes))}px`;
    const box = document.createElement('div');
    box.className = 'prose-picture';
    picture.replaceWith(box);
    box.append(picture);
  }
}
