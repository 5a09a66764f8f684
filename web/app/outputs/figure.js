// Draws a figure spec (gradbook/_figure.py documents it) as SVG: axes over the limits the spec
// gives, with "nice" ticks from d3-scale, filled contour bands from d3-contour for a function's
// landscape, arrows, lines, points, bars, filled areas, error bars, reference lines, texts and annotations and a descent path, with a legend for
// the labelled layers where it covers no data. A spec with "panels" is a grid of such axes.
// The SVG keeps its size in pixels (a narrow screen scrolls it), so its text is never shrunk.
import { scaleLinear, scaleLog } from 'd3-scale';
import { contours } from 'd3-contour';
import { interpolateRdBu, interpolateViridis } from 'd3-scale-chromatic';
import { polyline, round, svg, text, uniqueId } from './svg.js';
import { figureStyle, figureTextWidth } from './drawing-style.js';
import { alongPolyline, axisTicks, legendPlace } from './figure-layout.js';
import { figureInWords, inWords } from './drawing-text.js';

const WIDTH = 640;
const NARROWEST_PANEL = 320;
const MARGIN = { top: 36, right: 24, bottom: 50, left: 64 };
const SUPTITLE = 30;
// rdbu (blue low, red high) leaves out the near-black ends, so points drawn on it stay visible.
const COLORMAPS = { viridis: interpolateViridis, rdbu: (t) => interpolateRdBu(0.85 - 0.7 * t) };
const LEGEND_ROW = 20;
// matplotlib's sizes are in points; its default figure, 6.4 inches at 100 dpi, is as wide as ours.
const PIXELS_PER_POINT = 100 / 72;

export function renderFigure(spec) {
  const panels = spec.panels ?? [spec];
  const cols = spec.cols ?? 1;
  const panelWidth = cols === 1 ? WIDTH : Math.max(NARROWEST_PANEL, Math.floor(WIDTH / cols));
  const top = spec.panels && spec.title ? SUPTITLE : 0;
  const drawn = panels.map((panel) => drawPanel(panel, panelWidth, panels.length > 1));
  const rowHeights = [];
  panels.forEach((panel, i) => {
    const row = panel.row ?? 0;
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, drawn[i].height);
  });
  const rowTop = (row) => top + rowHeights.slice(0, row).reduce((a, b) => a + (b ?? 0), 0);
  const width = panelWidth * cols;
  const height = rowTop(rowHeights.length);
  const root = svg('svg', {
    class: 'figure-svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': spec.description ?? `${spec.title || 'plot'} (in words below)`,
  },
  svg('title', {}, spec.description ?? spec.title ?? 'figure'),
  figureStyle(),
  top ? text(spec.title, { class: 'figure-title figure-suptitle', x: width / 2, y: 22, 'text-anchor': 'middle' }) : null,
  drawn.map(({ node }, i) => svg('g', {
    class: 'figure-panel', transform: `translate(${(panels[i].col ?? 0) * panelWidth},${rowTop(panels[i].row ?? 0)})`,
  }, node)));
  const wrapper = document.createElement('div');
  wrapper.className = 'figure';
  wrapper.append(root, inWords('The plot in words', figureInWords(spec, [spec.xlim, spec.ylim])));
  return wrapper;
}

// One axes: its title, frame, ticks and labels, layers and legend; returns its <g> and height.
function drawPanel(spec, width, small) {
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = spec.equal_aspect ? plotWidth * 0.75 : small ? 220 : 300;
  const title = spec.title ? text(spec.title, { class: 'figure-title', x: width / 2, y: 22, 'text-anchor': 'middle' }) : null;
  const image = spec.layers.find((layer) => layer.type === 'image');
  if (image) return drawImage(image, title, width, plotWidth, plotHeight);

  const x = scaleLinear().domain(spec.xlim).range([0, plotWidth]);
  const y = (spec.log_y ? scaleLog() : scaleLinear()).domain(spec.ylim).range([plotHeight, 0]);
  const xTicks = axisTicks(x, plotWidth, { categories: spec.xticks });
  const yTicks = axisTicks(y, plotHeight, { categories: spec.yticks, spacing: 60, log: spec.log_y });
  const clip = uniqueId('plot-clip');
  const arrowHead = uniqueId('arrow-head');
  const context = { x, y, plotWidth, plotHeight, arrowHead };
  // Texts are not clipped to the axes, as in matplotlib; they are drawn over the data.
  const layers = spec.layers.filter((layer) => !TEXTS[layer.type]).map((layer) => LAYERS[layer.type]?.(layer, context) ?? null);
  const texts = spec.layers.filter((layer) => TEXTS[layer.type]).map((layer) => TEXTS[layer.type](layer, context));
  const axisShown = spec.axis !== false;
  const legendAt = spec.legend ? legend(spec.legend_order?.map((i) => spec.layers[i]) ?? spec.layers, context) : null;
  const turned = turnedTicks(xTicks, spec.xtick_rotation ?? 0);
  const below = axisShown ? (spec.xlabel ? MARGIN.bottom : 30) + turned.extra : 8;
  const node = svg('g', {},
    title,
    svg('defs', {},
      svg('clipPath', { id: clip }, svg('rect', { width: plotWidth, height: plotHeight })),
      svg('marker', { id: arrowHead, viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
        svg('path', { d: 'M0,0L10,5L0,10z', fill: 'context-stroke' }))),
    svg('g', { transform: `translate(${MARGIN.left},${MARGIN.top})` },
      spec.grid && axisShown ? grid(xTicks, yTicks, context) : null,
      svg('g', { 'clip-path': `url(#${clip})` }, layers),
      texts,
      axisShown ? axes(xTicks, yTicks, context, spec, turned) : null,
      legendAt?.inside ? svg('g', { transform: `translate(${legendAt.x},${legendAt.y})` }, legendAt.node) : null,
      legendAt && !legendAt.inside ? svg('g', { transform: `translate(0,${plotHeight + below})` }, legendAt.node) : null));
  const legendBelow = legendAt && !legendAt.inside ? legendAt.height + 8 : 0;
  return { node, height: MARGIN.top + plotHeight + below + legendBelow };
}

// imshow's picture shown alone, as large as the axes allow, whole pixels kept sharp.
function drawImage(image, title, width, plotWidth, plotHeight) {
  const scale = Math.min(plotWidth / image.width, plotHeight / image.height);
  const [w, h] = [image.width * scale, image.height * scale];
  const node = svg('g', {}, title, svg('image', {
    class: 'figure-image', x: round((width - w) / 2), y: MARGIN.top, width: round(w), height: round(h),
    href: `data:image/png;base64,${image.png}`, style: 'image-rendering: pixelated', preserveAspectRatio: 'none',
  }));
  return { node, height: MARGIN.top + h + 12 };
}

function grid(xTicks, yTicks, { x, y, plotWidth, plotHeight }) {
  return svg('g', { class: 'figure-grid' },
    xTicks.map(({ value }) => svg('line', { x1: round(x(value)), x2: round(x(value)), y2: plotHeight })),
    yTicks.map(({ value }) => svg('line', { y1: round(y(value)), y2: round(y(value)), x2: plotWidth })));
}

// x tick labels turned by `degrees` (anticlockwise) as matplotlib turns them: each label's box,
// once turned, centred under its tick and hanging from the axis; `extra` is how much deeper
// than a level label the deepest reaches.
function turnedTicks(ticks, degrees) {
  if (!degrees) return { degrees: 0, extra: 0, depths: ticks.map(() => 14) };
  const [sin, cos] = [Math.abs(Math.sin((degrees * Math.PI) / 180)), Math.abs(Math.cos((degrees * Math.PI) / 180))];
  const depths = ticks.map(({ label }) => figureTextWidth(label) * sin + 14 * cos);
  return { degrees, extra: Math.max(0, ...depths.map((d) => d - 14)), depths };
}

function axes(xTicks, yTicks, { x, y, plotWidth, plotHeight }, spec, turned) {
  const xTickLabel = (value, label, i) => {
    if (!turned.degrees) return text(label, { class: 'figure-tick', 'data-axis': 'x', x: round(x(value)), y: plotHeight + 18, 'text-anchor': 'middle' });
    const [cx, cy] = [round(x(value)), round(plotHeight + 6 + turned.depths[i] / 2)];
    return text(label, {
      class: 'figure-tick', 'data-axis': 'x', x: cx, y: cy, 'text-anchor': 'middle', 'dominant-baseline': 'central', transform: `rotate(${-turned.degrees},${cx},${cy})`,
    });
  };
  return svg('g', { class: 'figure-axes' },
    svg('rect', { class: 'figure-frame', width: plotWidth, height: plotHeight }),
    xTicks.map(({ value, label }, i) => svg('g', {},
      svg('line', { class: 'figure-tick-mark', x1: round(x(value)), x2: round(x(value)), y1: plotHeight, y2: plotHeight + 4 }),
      xTickLabel(value, label, i))),
    yTicks.map(({ value, label }) => svg('g', {},
      svg('line', { class: 'figure-tick-mark', x1: -4, x2: 0, y1: round(y(value)), y2: round(y(value)) }),
      text(label, { class: 'figure-tick', 'data-axis': 'y', x: -8, y: round(y(value)) + 4, 'text-anchor': 'end' }))),
    spec.xlabel ? text(spec.xlabel, { class: 'figure-label', x: plotWidth / 2, y: plotHeight + 42 + turned.extra, 'text-anchor': 'middle' }) : null,
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

  line(layer, { x, y }) {
    const points = zip(layer, x, y);
    return svg('g', { class: 'figure-layer-line', 'data-layer': 'line', 'data-color': layer.color },
      svg('path', { class: 'figure-line', d: polyline(points), stroke: layer.color }),
      layer.markers ? points.map(([px, py]) => svg('circle', { class: 'figure-point', cx: round(px), cy: round(py), r: 3, fill: layer.color })) : null);
  },

  scatter(layer, { x, y }) {
    return svg('g', { class: 'figure-layer-scatter', 'data-layer': 'scatter', 'data-color': layer.color },
      zip(layer, x, y).map(([px, py]) => svg('circle', { class: 'figure-point', cx: round(px), cy: round(py), r: 3.5, fill: layer.color })));
  },

  bars(layer, { x, y }) {
    return svg('g', { class: 'figure-layer-bars', 'data-layer': 'bars', 'data-color': layer.color },
      barRects(layer, x, y).map((bar) => svg('rect', { class: 'figure-bar', ...roundAll(bar), fill: layer.color })));
  },

  barh(layer, { x, y }) {
    return svg('g', { class: 'figure-layer-barh', 'data-layer': 'barh', 'data-color': layer.color },
      barhRects(layer, x, y).map((bar) => svg('rect', { class: 'figure-bar', ...roundAll(bar), fill: layer.color })));
  },

  // The area between two curves: one closed outline for each run of shown points, along y1 and
  // back along y2.
  fill(layer, { x, y }) {
    return svg('g', { class: 'figure-layer-fill', 'data-layer': 'fill', 'data-color': layer.color },
      fillRuns(layer).map((run) => svg('path', {
        class: 'figure-fill', d: polyline([...run.map((i) => [x(layer.x[i]), y(layer.y1[i])]), ...[...run].reverse().map((i) => [x(layer.x[i]), y(layer.y2[i])])], true),
        fill: layer.color, stroke: layer.color, 'fill-opacity': layer.alpha ?? null, 'stroke-opacity': layer.alpha ?? null,
      })));
  },

  // Points with error bars (drawn under the line and its points, as matplotlib does), each bar
  // with caps capsize points to either side of it.
  errorbar(layer, { x, y }) {
    const cap = layer.capsize * PIXELS_PER_POINT;
    const points = zip(layer, x, y);
    return svg('g', { class: 'figure-layer-errorbar', 'data-layer': 'errorbar', 'data-color': layer.color },
      errorSegments(layer, x, y).map(([x1, y1, x2, y2]) => {
        const across = x1 === x2 ? [[-cap, 0], [cap, 0]] : [[0, -cap], [0, cap]];
        return svg('g', { class: 'figure-errorbar', stroke: layer.ecolor },
          svg('line', { x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) }),
          cap ? [[x1, y1], [x2, y2]].map(([ex, ey]) => svg('line', {
            class: 'figure-errorbar-cap', x1: round(ex + across[0][0]), y1: round(ey + across[0][1]), x2: round(ex + across[1][0]), y2: round(ey + across[1][1]),
          })) : null);
      }),
      layer.line ? svg('path', { class: 'figure-line', d: polyline(points), stroke: layer.color }) : null,
      layer.markers ? points.map(([px, py]) => svg('circle', { class: 'figure-point', cx: round(px), cy: round(py), r: 3, fill: layer.color })) : null);
  },

  hline(layer, { x, y, plotWidth }) {
    const at = round(y(layer.y));
    return svg('g', { class: 'figure-layer-hline', 'data-layer': 'hline', 'data-color': layer.color },
      svg('line', { class: 'figure-reference', x1: round(layer.from * plotWidth), x2: round(layer.to * plotWidth), y1: at, y2: at, stroke: layer.color }));
  },

  vline(layer, { x, plotHeight }) {
    const at = round(x(layer.x));
    return svg('g', { class: 'figure-layer-vline', 'data-layer': 'vline', 'data-color': layer.color },
      svg('line', { class: 'figure-reference', y1: round((1 - layer.to) * plotHeight), y2: round((1 - layer.from) * plotHeight), x1: at, x2: at, stroke: layer.color }));
  },

  // A walk over the landscape: steps joined by arrows, from the start (hollow) on, each drawn
  // over a white casing so any series colour shows on any part of the colour map.
  path(layer, { x, y, arrowHead }) {
    const color = layer.color;
    const points = zip(layer, x, y);
    const step = (cls, attributes) => points.slice(1).map(([px, py], i) => svg('line', {
      class: cls, x1: round(points[i][0]), y1: round(points[i][1]), x2: round(px), y2: round(py), ...attributes,
    }));
    return svg('g', { class: 'figure-layer-path', 'data-layer': 'path', 'data-color': color },
      step('figure-path-casing', {}),
      step('figure-path-step', { stroke: color, 'marker-end': `url(#${arrowHead})` }),
      points.map(([px, py], i) => svg('circle', {
        class: 'figure-path-point', cx: round(px), cy: round(py), r: i === 0 ? 5 : 3,
        fill: i === 0 ? '#fff' : color, stroke: color,
      })));
  },
};

// matplotlib's text alignments as SVG's.
const ANCHOR = { left: 'start', center: 'middle', right: 'end' };
const BASELINE = { baseline: null, top: 'hanging', center: 'central', center_baseline: 'central', bottom: 'text-after-edge' };

// A place {x, y, coords} in pixels: data coordinates, fractions of the axes, or an offset in
// points (up is positive) from `origin`.
function place({ x: px, y: py, coords }, { x, y, plotWidth, plotHeight }, origin) {
  if (coords === 'axes') return [px * plotWidth, (1 - py) * plotHeight];
  if (coords === 'offset') return [origin[0] + px * PIXELS_PER_POINT, origin[1] - py * PIXELS_PER_POINT];
  return [x(px), y(py)];
}

const TEXTS = {
  text(layer, context) {
    return svg('g', { class: 'figure-layer-text', 'data-layer': 'text' }, note(layer, place(layer.at, context)));
  },

  // A text about a point, with an arrow from the text's box to the point when asked.
  annotation(layer, context) {
    const target = place(layer.xy, context);
    const at = place(layer.at, context, target);
    let arrow = null;
    if (layer.arrow) {
      const [start, end] = [boxEdge(textBox(layer, at), target), target];
      arrow = svg('line', {
        class: 'figure-annotation-arrow', x1: round(start[0]), y1: round(start[1]), x2: round(end[0]), y2: round(end[1]),
        stroke: layer.arrow, 'marker-end': `url(#${context.arrowHead})`,
      });
    }
    return svg('g', { class: 'figure-layer-annotation', 'data-layer': 'annotation' }, arrow, note(layer, at));
  },
};

const note = (layer, [px, py]) => text(layer.text, {
  class: 'figure-note', x: round(px), y: round(py), fill: layer.color, 'text-anchor': ANCHOR[layer.ha], 'dominant-baseline': BASELINE[layer.va],
});

// A text's box in pixels, from its anchor and alignment.
function textBox(layer, [px, py]) {
  const width = figureTextWidth(layer.text);
  const left = px - width * { left: 0, center: 0.5, right: 1 }[layer.ha];
  const top = py - 12 * { baseline: 0.8, top: 0, center: 0.5, center_baseline: 0.5, bottom: 1 }[layer.va];
  return { x: left, y: top, width, height: 12 };
}

// Where the line from a box's centre to `target` leaves the box (the centre if target is inside).
function boxEdge(box, target) {
  const centre = [box.x + box.width / 2, box.y + box.height / 2];
  const [dx, dy] = [target[0] - centre[0], target[1] - centre[1]];
  const t = Math.min(dx ? box.width / 2 / Math.abs(dx) : Infinity, dy ? box.height / 2 / Math.abs(dy) : Infinity);
  return t >= 1 ? centre : [centre[0] + dx * (t + 0.1), centre[1] + dy * (t + 0.1)];
}

function zip(layer, x, y) {
  return layer.x.map((px, i) => [x(Number(px)), y(Number(layer.y[i]))]).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
}

// An errorbar layer's bars in pixels, [x1, y1, x2, y2] each: across for x errors, up for y errors.
function errorSegments(layer, x, y) {
  const segments = [];
  layer.x.forEach((px, i) => {
    const py = layer.y[i];
    if (layer.xerr) segments.push([x(px - layer.xerr[0][i]), y(py), x(px + layer.xerr[1][i]), y(py)]);
    if (layer.yerr) segments.push([x(px), y(py - layer.yerr[0][i]), x(px), y(py + layer.yerr[1][i])]);
  });
  return segments.filter((segment) => segment.every(Number.isFinite));
}

// The indices of a fill layer's points, in runs of consecutive shown ones ("where" leaves gaps).
function fillRuns(layer) {
  const runs = [];
  layer.x.forEach((_, i) => {
    if (layer.where && !layer.where[i]) return;
    if (i > 0 && runs.length && runs.at(-1).at(-1) === i - 1) runs.at(-1).push(i);
    else runs.push([i]);
  });
  return runs;
}

// Bars as pixel rectangles, each from its bottom to its top (or left to right) whichever way up.
const barRects = (layer, x, y) => boxes(layer.x.map((centre, i) =>
  [centre - layer.width[i] / 2, centre + layer.width[i] / 2, layer.bottom[i], layer.bottom[i] + layer.height[i]]), x, y);
const barhRects = (layer, x, y) => boxes(layer.y.map((centre, i) =>
  [layer.left[i], layer.left[i] + layer.width[i], centre - layer.height[i] / 2, centre + layer.height[i] / 2]), x, y);

function boxes(corners, x, y) {
  return corners.map(([x0, x1, y0, y1]) => {
    const [left, right, a, b] = [x(x0), x(x1), y(y0), y(y1)];
    return { x: Math.min(left, right), y: Math.min(a, b), width: Math.abs(right - left), height: Math.abs(b - a) };
  }).filter((bar) => Object.values(bar).every(Number.isFinite));
}

const roundAll = (box) => Object.fromEntries(Object.entries(box).map(([k, v]) => [k, round(v)]));

// Everything a legend must not cover, in pixels: points along lines and paths, points, bars,
// reference lines, arrows, and a field's whole area.
function dataMarks(layers, context) {
  const { x, y, plotWidth, plotHeight } = context;
  return layers.flatMap((layer) => {
    switch (layer.type) {
      case 'line': case 'path': return alongPolyline(zip(layer, x, y));
      case 'scatter': return zip(layer, x, y);
      case 'errorbar': return [
        ...(layer.line ? alongPolyline(zip(layer, x, y)) : zip(layer, x, y)),
        ...errorSegments(layer, x, y).map(([x1, y1, x2, y2]) => ({ x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) })),
      ];
      case 'bars': return barRects(layer, x, y);
      case 'barh': return barhRects(layer, x, y);
      case 'fill': return fillRuns(layer).flatMap((run) => run.slice(1).map((i, k) => {
        const j = run[k];
        const [left, right] = [x(layer.x[j]), x(layer.x[i])];
        const ys = [layer.y1[j], layer.y2[j], layer.y1[i], layer.y2[i]].map(y);
        return { x: Math.min(left, right), y: Math.min(...ys), width: Math.abs(right - left), height: Math.max(...ys) - Math.min(...ys) };
      }));
      case 'hline': return [{ x: layer.from * plotWidth, y: y(layer.y), width: (layer.to - layer.from) * plotWidth, height: 0 }];
      case 'vline': return [{ x: x(layer.x), y: (1 - layer.to) * plotHeight, width: 0, height: (layer.to - layer.from) * plotHeight }];
      case 'field': return [{ x: 0, y: 0, width: plotWidth, height: plotHeight }];
      case 'text': return [textBox(layer, place(layer.at, context))];
      case 'annotation': {
        const target = place(layer.xy, context);
        return [textBox(layer, place(layer.at, context, target)), target];
      }
      case 'arrows': return layer.points.map(([px, py]) => [x(px), y(py)]);
      default: return [];
    }
  });
}

// The legend's box and where it goes: inside on a spot with no data, else below the axes (its
// entries side by side, as many to a row as fit).
function legend(layers, context) {
  const entries = layers.filter((layer) => layer.label);
  if (!entries.length) return null;
  const entryWidth = (layer) => 36 + figureTextWidth(layer.label);
  const inner = Math.max(...entries.map(entryWidth)) + 10;
  const size = { width: inner, height: entries.length * LEGEND_ROW + 8 };
  const place = legendPlace(size, { width: context.plotWidth, height: context.plotHeight }, dataMarks(layers, context));
  if (place.inside) {
    return { ...place, node: legendBox(entries.map((layer, i) => [layer, 10, i * LEGEND_ROW + 18]), size) };
  }
  const spots = [];
  let [cx, row] = [10, 0];
  for (const layer of entries) {
    if (cx > 10 && cx + entryWidth(layer) > context.plotWidth) [cx, row] = [10, row + 1];
    spots.push([layer, cx, row * LEGEND_ROW + 18]);
    cx += entryWidth(layer) + 12;
  }
  const outside = { width: context.plotWidth, height: (row + 1) * LEGEND_ROW + 8 };
  return { inside: false, height: outside.height, node: legendBox(spots, outside) };
}

function legendBox(spots, { width, height }) {
  return svg('g', { class: 'figure-legend' },
    svg('rect', { width: round(width), height, rx: 4 }),
    spots.map(([layer, sx, sy]) => svg('g', { class: 'figure-legend-entry', transform: `translate(${round(sx)},${sy})` },
      swatch(layer),
      text(layer.label, { x: 26, y: 4 }))));
}

function swatch({ type, color, alpha, ecolor, line, markers }) {
  if (type === 'scatter') return svg('circle', { cx: 8, cy: 0, r: 4, fill: color });
  if (type === 'bars' || type === 'barh') return svg('rect', { x: 2, y: -6, width: 12, height: 12, fill: color });
  if (type === 'fill') return svg('rect', { x: 2, y: -6, width: 12, height: 12, fill: color, 'fill-opacity': alpha ?? null });
  if (type === 'errorbar') {
    return svg('g', {},
      svg('line', { x1: 8, x2: 8, y1: -6, y2: 6, stroke: ecolor, 'stroke-width': 1.5 }),
      line ? svg('line', { x1: 0, x2: 16, stroke: color, 'stroke-width': 2 }) : null,
      markers ? svg('circle', { cx: 8, cy: 0, r: 3, fill: color }) : null);
  }
  if (type === 'arrows') return svg('line', { class: 'figure-arrow', x1: 0, x2: 16 });
  return svg('line', { x1: 0, x2: 16, stroke: color, 'stroke-width': 2 });
}
