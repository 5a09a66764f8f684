// The look of figures and graphs, carried inside each SVG as a <style> element, so a drawing
// saved into a .ipynb looks the same in any notebook viewer.
import { svg } from './svg.js';

const FAMILY = "ui-sans-serif, system-ui, 'Segoe UI', Roboto, sans-serif";
const FONT = `font-family: ${FAMILY};`;
const MONO = "font-family: ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace;";

// Each colour for a light and a dark page: the SVG's color-scheme (the page's) picks one. A
// viewer that does not know light-dark() keeps the first declaration, the light colour.
const paint = (property, light, dark) => `${property}: ${light}; ${property}: light-dark(${light}, ${dark});`;

const FIGURE = `
.figure-svg { ${FONT} font-size: 12px; ${paint('fill', '#374151', '#d1d5db')} }
.figure-title { font-size: 14px; font-weight: 600; ${paint('fill', '#111827', '#f3f4f6')} }
.figure-label { font-size: 12.5px; ${paint('fill', '#111827', '#f3f4f6')} }
.figure-grid line { ${paint('stroke', '#eef0f3', '#2a3140')} }
.figure-frame { fill: none; ${paint('stroke', '#9ca3af', '#6b7280')} }
.figure-band { stroke: none; }
.figure-contour { fill: none; stroke: #ffffff; stroke-opacity: 0.45; stroke-width: 0.8; }
.figure-arrow { stroke: #ffffff; stroke-width: 1.4; stroke-opacity: 0.9; }
.figure-line { fill: none; stroke-width: 2; stroke-linejoin: round; }
.figure-point { ${paint('stroke', '#ffffff', '#111827')} stroke-width: 0.8; }
.figure-path-step { stroke-width: 2; }
.figure-path-casing { stroke: #ffffff; stroke-width: 4.5; stroke-opacity: 0.85; }
.figure-fill { stroke-width: 1; stroke-linejoin: round; }
.figure-errorbar line { stroke-width: 1.5; }
.figure-annotation-arrow { stroke-width: 1.2; }
.figure-bar { ${paint('stroke', '#ffffff', '#111827')} stroke-width: 0.5; }
.figure-reference { stroke-width: 1.5; }
.figure-tick-mark { ${paint('stroke', '#9ca3af', '#6b7280')} }
.figure-path-point { stroke-width: 1.5; }
.figure-legend > rect { ${paint('fill', '#ffffff', '#111827')} fill-opacity: 0.9; ${paint('stroke', '#d1d5db', '#4b5563')} }
/* matplotlib's black ('k', the usual colour of a reference line) is the figure's ink: black on a
   light page, light grey on a dark one, where black would not show. */
.figure-svg :is([stroke='#000000' i], [stroke='#000' i], [stroke='black' i]) { ${paint('stroke', '#000000', '#e5e7eb')} }
.figure-svg :is([fill='#000000' i], [fill='#000' i], [fill='black' i]) { ${paint('fill', '#000000', '#e5e7eb')} }
.figure-legend .figure-arrow { ${paint('stroke', '#374151', '#d1d5db')} }
`;

const GRAPH = `
.graph-svg { ${MONO} font-size: 12px; max-width: 100%; height: auto; }
.graph-node rect { stroke-width: 1.3; }
.graph-node-tensor rect { ${paint('fill', '#dbeafe', '#1e3a5f')} ${paint('stroke', '#1d4ed8', '#60a5fa')} }
.graph-node-op rect { ${paint('fill', '#f3f4f6', '#273142')} ${paint('stroke', '#6b7280', '#9ca3af')} }
.graph-node-leaf rect { ${paint('fill', '#dcfce7', '#14532d')} ${paint('stroke', '#15803d', '#4ade80')} }
.graph-node-title { font-weight: 700; ${paint('fill', '#111827', '#f3f4f6')} }
.graph-node-subtitle { ${paint('fill', '#6b7280', '#b6bdc8')} }
.graph-node-line { ${paint('fill', '#1f2937', '#e5e7eb')} }
.graph-edge path { fill: none; ${paint('stroke', '#c2410c', '#fb923c')} stroke-width: 1.4; }
.graph-arrow-head { ${paint('fill', '#c2410c', '#fb923c')} }
.graph-edge-label rect { ${paint('fill', '#fff7ed', '#3b2314')} ${paint('stroke', '#fdba74', '#9a5a2a')} }
.graph-edge-label text { ${paint('fill', '#9a3412', '#fdba74')} }
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
