// The look of figures and graphs, carried inside each SVG as a <style> element, so a drawing
// saved into a .ipynb looks the same in any notebook viewer.
import { svg } from './svg.js';

const FAMILY = "ui-sans-serif, system-ui, 'Segoe UI', Roboto, sans-serif";
const FONT = `font-family: ${FAMILY};`;
const MONO = "font-family: ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace;";

const FIGURE = `
.figure-svg { ${FONT} font-size: 12px; fill: #374151; }
.figure-title { font-size: 14px; font-weight: 600; fill: #111827; }
.figure-label { font-size: 12.5px; fill: #111827; }
.figure-grid line { stroke: #eef0f3; }
.figure-frame { fill: none; stroke: #9ca3af; }
.figure-band { stroke: none; }
.figure-contour { fill: none; stroke: #ffffff; stroke-opacity: 0.45; stroke-width: 0.8; }
.figure-arrow { stroke: #ffffff; stroke-width: 1.4; stroke-opacity: 0.9; }
.figure-line { fill: none; stroke-width: 2; stroke-linejoin: round; }
.figure-point { stroke: #ffffff; stroke-width: 0.8; }
.figure-path-step { stroke-width: 2; }
.figure-path-casing { stroke: #ffffff; stroke-width: 4.5; stroke-opacity: 0.85; }
.figure-bar { stroke: #ffffff; stroke-width: 0.5; }
.figure-reference { stroke-width: 1.5; }
.figure-tick-mark { stroke: #9ca3af; }
.figure-path-point { stroke-width: 1.5; }
.figure-legend rect { fill: #ffffff; fill-opacity: 0.9; stroke: #d1d5db; }
.figure-legend .figure-arrow { stroke: #374151; }
`;

const GRAPH = `
.graph-svg { ${MONO} font-size: 12px; max-width: 100%; height: auto; }
.graph-node rect { stroke-width: 1.3; }
.graph-node-tensor rect { fill: #dbeafe; stroke: #1d4ed8; }
.graph-node-op rect { fill: #f3f4f6; stroke: #6b7280; }
.graph-node-leaf rect { fill: #dcfce7; stroke: #15803d; }
.graph-node-title { font-weight: 700; fill: #111827; }
.graph-node-subtitle { fill: #6b7280; }
.graph-node-line { fill: #1f2937; }
.graph-edge path { fill: none; stroke: #c2410c; stroke-width: 1.4; }
.graph-arrow-head { fill: #c2410c; }
.graph-edge-label rect { fill: #fff7ed; stroke: #fdba74; }
.graph-edge-label text { fill: #9a3412; }
`;

export const figureStyle = () => svg('style', {}, FIGURE);

let measuring;
/** How wide `text` is in a figure's 12px text, in pixels, as the browser sets it. */
export function figureTextWidth(text) {
  measuring ??= document.createElement('canvas').getContext('2d');
  measuring.font = `12px ${FAMILY}`;
  return measuring.measureText(text).width;
}
export const graphStyle = () => svg('style', {}, GRAPH);
