// Where a figure's parts go, as plain numbers (no DOM): the ticks an axis shows and the spot for
// the legend. The legend goes inside the axes only where it covers no data, tried in the order
// of matplotlib's "best" locations; where every spot would cover some, it goes outside, below.

/** Ticks for a d3 scale `pixels` long: "nice" values (1, 2 or 5 times a power of ten) about
 * `spacing` pixels apart (or closer), each with its label; or the named categories' positions. */
export function axisTicks(scale, pixels, { categories = null, spacing = 70, log = false } = {}) {
  const [low, high] = scale.domain();
  if (categories) {
    return categories.filter(([value]) => value >= Math.min(low, high) && value <= Math.max(low, high))
      .map(([value, label]) => ({ value, label: String(label) }));
  }
  const count = Math.max(2, Math.floor(pixels / spacing));
  const format = log ? scale.tickFormat(count, '~g') : scale.tickFormat(count);
  const values = scale.ticks(count);
  // A log axis spanning less than a decade has few powers of ten: d3 then gives its 2s and 5s.
  return values.map((value) => ({ value, label: format(value) })).filter(({ label }) => label !== '');
}

// matplotlib's legend locations for loc="best", in its order of preference: upper right, upper
// left, lower left, lower right, right, center left, center right, lower center, upper center,
// center (as fractions of the free room across and down).
const SPOTS = [[1, 0], [0, 0], [0, 1], [1, 1], [1, 0.5], [0, 0.5], [1, 0.5], [0.5, 1], [0.5, 0], [0.5, 0.5]];
const PAD = 8;

/**
 * The legend's place for a box of `size` in a plot area `plot` ({ width, height }) whose data
 * are `marks`: points [x, y] and rectangles { x, y, width, height }, in pixels.
 * @returns {{ inside: boolean, x?: number, y?: number }}
 */
export function legendPlace(size, plot, marks) {
  for (const [fx, fy] of SPOTS) {
    const x = PAD + fx * (plot.width - size.width - 2 * PAD);
    const y = PAD + fy * (plot.height - size.height - 2 * PAD);
    if (x < 0 || y < 0) break;
    const box = { x: x - 3, y: y - 3, width: size.width + 6, height: size.height + 6 };
    if (!marks.some((mark) => covers(box, mark))) return { inside: true, x, y };
  }
  return { inside: false };
}

function covers(box, mark) {
  if (Array.isArray(mark)) {
    const [x, y] = mark;
    return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  }
  return mark.x < box.x + box.width && mark.x + mark.width > box.x && mark.y < box.y + box.height && mark.y + mark.height > box.y;
}

/** The points along a polyline, every `step` pixels or closer, so a legend cannot sit on a
 * line between two far-apart data points. */
export function alongPolyline(points, step = 4) {
  const out = [];
  points.forEach(([x, y], i) => {
    if (i > 0) {
      const [px, py] = points[i - 1];
      const n = Math.ceil(Math.hypot(x - px, y - py) / step);
      for (let k = 1; k < n; k++) out.push([px + ((x - px) * k) / n, py + ((y - py) * k) / n]);
    }
    out.push([x, y]);
  });
  return out;
}
