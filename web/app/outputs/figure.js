// Draws a figure spec (gradbook/_figure.py documents it) as SVG: axes with "nice" ticks from
// d3-scale, filled contour bands from d3-contour for a function's landscape, arrows, lines,
// points and a descent path, with a legend for the labelled layers.
import { scaleLinear, scaleLog } from 'd3-scale';
import { contours } from 'd3-contour';
import { interpolateRdBu, interpolateViridis, schemeTableau10 } from 'd3-scale-chromatic';
import { polyline, round, svg, text, uniqueId } from './svg.js';
import { figureStyle } from './drawing-style.js';

const WIDTH = 640;
const MARGIN = { top: 36, right: 24, bottom: 50, left: 64 };
// rdbu (blue low, red high) leaves out the near-black ends, so points drawn on it stay visible.
const COLORMAPS = { viridis: interpolateViridis, rdbu: (t) => interpolateRdBu(0.85 - 0.7 * t) };
const PATH_COLOR = '#f97316';

export function renderFigure(spec) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = spec.equal_aspect ? plotWidth * 0.75 : 300;
  const height = plotHeight + MARGIN.top + MARGIN.bottom;
  const [xDomain, yDomain] = domains(spec.layers, spec.log_y);
  const x = scaleLinear().domain(xDomain).range([0, plotWidth]);
  const y = (spec.log_y ? scaleLog() : scaleLinear()).domain(yDomain).range([plotHeight, 0]);
  if (!spec.layers.some((layer) => layer.type === 'field')) {
    x.nice();
    y.nice();
  }
  const clip = uniqueId('plot-clip');
  const arrowHead = uniqueId('arrow-head');
  const context = { x, y, plotWidth, plotHeight, arrowHead, colors: colorCycle() };

  const layers = spec.layers.map((layer) => LAYERS[layer.type]?.(layer, context) ?? null);
  const root = svg('svg', {
    class: 'figure-svg', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img',
    'aria-label': spec.title || 'figure',
  },
  figureStyle(),
  svg('defs', {},
    svg('clipPath', { id: clip }, svg('rect', { width: plotWidth, height: plotHeight })),
    svg('marker', { id: arrowHead, viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0L10,5L0,10z', fill: 'context-stroke' }))),
  spec.title ? text(spec.title, { class: 'figure-title', x: WIDTH / 2, y: 22, 'text-anchor': 'middle' }) : null,
  svg('g', { transform: `translate(${MARGIN.left},${MARGIN.top})` },
    grid(context),
    svg('g', { 'clip-path': `url(#${clip})` }, layers),
    axes(context, spec),
    spec.legend ? legend(spec.layers, layers, context) : null));
  const wrapper = document.createElement('div');
  wrapper.className = 'figure';
  wrapper.append(root);
  return wrapper;
}

// The data's extent on each axis: a field's ranges win; otherwise every point, padded a little
// (except a line chart's x axis, which runs from its first x to its last).
function domains(layers, logY) {
  const field = layers.find((layer) => layer.type === 'field');
  if (field) return [field.x, field.y];
  const xs = [];
  const ys = [];
  for (const layer of layers) {
    if (layer.x) xs.push(...layer.x.map(Number));
    if (layer.y) ys.push(...layer.y.map(Number));
    if (layer.points) for (const [px, py] of layer.points) xs.push(px), ys.push(py);
  }
  const onlyLines = layers.every((layer) => layer.type === 'line');
  const yDomain = logY ? logExtent(ys) : extent(ys, 0.04);
  return [extent(xs, onlyLines ? 0 : 0.04), yDomain];
}

// A log axis shows the positive values only, from the decade below the least to the one above the most.
function logExtent(values) {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (!positive.length) return [1, 10];
  return [10 ** Math.floor(Math.log10(Math.min(...positive))), 10 ** Math.ceil(Math.log10(Math.max(...positive)))];
}

function extent(values, padding) {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return [0, 1];
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) [low, high] = [low - 1, high + 1];
  const pad = (high - low) * padding;
  return [low - pad, high + pad];
}

function colorCycle() {
  let next = 0;
  return (color) => color ?? schemeTableau10[next++ % schemeTableau10.length];
}

function grid({ x, y, plotWidth, plotHeight }) {
  return svg('g', { class: 'figure-grid' },
    x.ticks(8).map((t) => svg('line', { x1: round(x(t)), x2: round(x(t)), y2: plotHeight })),
    y.ticks(6).map((t) => svg('line', { y1: round(y(t)), y2: round(y(t)), x2: plotWidth })));
}

function axes({ x, y, plotWidth, plotHeight }, spec) {
  const xFormat = x.tickFormat(8);
  const yFormat = spec.log_y ? y.tickFormat(6, '~g') : y.tickFormat(6);
  return svg('g', { class: 'figure-axes' },
    svg('rect', { class: 'figure-frame', width: plotWidth, height: plotHeight }),
    x.ticks(8).map((t) => text(xFormat(t), { x: round(x(t)), y: plotHeight + 18, 'text-anchor': 'middle' })),
    y.ticks(6).map((t) => text(yFormat(t), { x: -8, y: round(y(t)) + 4, 'text-anchor': 'end' })),
    spec.xlabel ? text(spec.xlabel, { class: 'figure-label', x: plotWidth / 2, y: plotHeight + 42, 'text-anchor': 'middle' }) : null,
    spec.ylabel ? text(spec.ylabel, {
      class: 'figure-label', transform: `translate(${-48},${plotHeight / 2}) rotate(-90)`, 'text-anchor': 'middle',
    }) : null);
}

const LAYERS = {
  // A function sampled on a grid: filled bands between contour levels, and the level lines.
  field(layer, { x, y }) {
    const rows = layer.z.map((row) => row.map(Number));
    const ny = rows.length;
    const nx = rows[0].length;
    const values = rows.flat();
    const finite = values.filter(Number.isFinite);
    const [low, high] = layer.domain ?? [Math.min(...finite), Math.max(...finite)];
    const levels = scaleLinear().domain([low, high]).ticks(layer.levels ?? 12);
    const color = COLORMAPS[layer.colormap] ?? interpolateViridis;
    const shade = (v) => color(high === low ? 0.5 : (v - low) / (high - low));
    const bands = contours().size([nx, ny]).thresholds(levels)(values.map((v) => (Number.isFinite(v) ? v : high)));
    // Grid cell (i, j) is the sample at x[0] + i·dx, y[0] + j·dy; d3-contour puts it at i + 0.5.
    const dx = (layer.x[1] - layer.x[0]) / Math.max(nx - 1, 1);
    const dy = (layer.y[1] - layer.y[0]) / Math.max(ny - 1, 1);
    const toPixels = ([gx, gy]) => [x(layer.x[0] + (gx - 0.5) * dx), y(layer.y[0] + (gy - 0.5) * dy)];
    const path = (multipolygon) =>
      multipolygon.coordinates.map((polygon) => polygon.map((ring) => polyline(ring.map(toPixels), true)).join('')).join('');
    return svg('g', { class: 'figure-layer-field', 'data-layer': 'field', opacity: layer.opacity ?? null },
      svg('rect', { x: x(layer.x[0]), y: y(layer.y[1]), width: x(layer.x[1]) - x(layer.x[0]), height: y(layer.y[0]) - y(layer.y[1]), fill: shade(low) }),
      bands.map((band) => svg('path', { class: 'figure-band', d: path(band), fill: shade(band.value) })),
      bands.map((band) => svg('path', { class: 'figure-contour', d: path(band), 'data-level': band.value })));
  },

  // Arrows at sample points; the longest is one grid step long, the others in proportion.
  arrows(layer, { x, y, plotWidth, arrowHead }) {
    const lengths = layer.points.map(([, , u, v]) => Math.hypot(u, v));
    const longest = Math.max(...lengths, 1e-12);
    const step = plotWidth / Math.max(Math.sqrt(layer.points.length), 1) * 0.8;
    return svg('g', { class: 'figure-layer-arrows', 'data-layer': 'arrows' },
      layer.points.map(([px, py, u, v], i) => {
        if (!lengths[i]) return null;
        const scale = (step * Math.max(lengths[i] / longest, 0.15)) / lengths[i];
        const [x0, y0] = [x(px), y(py)];
        return svg('line', {
          class: 'figure-arrow', x1: round(x0), y1: round(y0), x2: round(x0 + u * scale), y2: round(y0 - v * scale),
          'marker-end': `url(#${arrowHead})`,
        });
      }));
  },

  line(layer, { x, y, colors }) {
    const color = colors(layer.color);
    const points = zip(layer, x, y);
    return svg('g', { class: 'figure-layer-line', 'data-layer': 'line', 'data-color': color },
      svg('path', { class: 'figure-line', d: polyline(points), stroke: color }),
      layer.markers ? points.map(([px, py]) => svg('circle', { class: 'figure-point', cx: round(px), cy: round(py), r: 3, fill: color })) : null);
  },

  scatter(layer, { x, y, colors }) {
    const color = colors(layer.color);
    return svg('g', { class: 'figure-layer-scatter', 'data-layer': 'scatter', 'data-color': color },
      zip(layer, x, y).map(([px, py]) => svg('circle', { class: 'figure-point', cx: round(px), cy: round(py), r: 3.5, fill: color })));
  },

  // A walk over the landscape: steps joined by arrows, from the start (hollow) on.
  path(layer, { x, y, arrowHead }) {
    const color = layer.color ?? PATH_COLOR;
    const points = zip(layer, x, y);
    return svg('g', { class: 'figure-layer-path', 'data-layer': 'path', 'data-color': color },
      points.slice(1).map(([px, py], i) => svg('line', {
        class: 'figure-path-step', x1: round(points[i][0]), y1: round(points[i][1]), x2: round(px), y2: round(py),
        stroke: color, 'marker-end': `url(#${arrowHead})`,
      })),
      points.map(([px, py], i) => svg('circle', {
        class: 'figure-path-point', cx: round(px), cy: round(py), r: i === 0 ? 5 : 3,
        fill: i === 0 ? '#fff' : color, stroke: color,
      })));
  },
};

function zip(layer, x, y) {
  return layer.x.map((px, i) => [x(Number(px)), y(Number(layer.y[i]))]).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
}

function legend(specLayers, drawn, { plotWidth }) {
  const entries = specLayers
    .map((layer, i) => ({ layer, color: drawn[i]?.getAttribute('data-color') }))
    .filter(({ layer }) => layer.label);
  if (!entries.length) return null;
  const width = 36 + Math.max(...entries.map(({ layer }) => layer.label.length)) * 7.6 + 10; // 12px sans: ~7.6px a character
  return svg('g', { class: 'figure-legend', transform: `translate(${plotWidth - width - 8},8)` },
    svg('rect', { width, height: entries.length * 20 + 8, rx: 4 }),
    entries.map(({ layer, color }, i) => svg('g', { transform: `translate(10,${i * 20 + 18})` },
      swatch(layer.type, color),
      text(layer.label, { x: 26, y: 4 }))));
}

function swatch(type, color) {
  if (type === 'scatter') return svg('circle', { cx: 8, cy: 0, r: 4, fill: color });
  if (type === 'path') return svg('line', { x1: 0, x2: 16, stroke: color ?? PATH_COLOR, 'stroke-width': 2 });
  if (type === 'arrows') return svg('line', { class: 'figure-arrow', x1: 0, x2: 16 });
  return svg('line', { x1: 0, x2: 16, stroke: color, 'stroke-width': 2 });
}
