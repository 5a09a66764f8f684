// Building SVG from plain data with the DOM (never from markup strings), for the figure and
// graph renderers.
const NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes (null/undefined ones skipped) and children. */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

/** A <text> element; text is set as text, never parsed. */
export function text(content, attributes = {}) {
  const node = svg('text', attributes);
  node.textContent = content;
  return node;
}

let nextId = 0;
/** A document-unique id for markers and clip paths (many figures share one page). */
export const uniqueId = (prefix) => `${prefix}-${++nextId}`;

/** A path's `d` for polylines: points as [[x, y], ...]. */
export function polyline(points, closed = false) {
  if (!points.length) return '';
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join('') + (closed ? 'Z' : '');
}

export const round = (x) => Math.round(x * 10) / 10;
