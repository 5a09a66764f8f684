// Draws a computational graph spec (gradbook/_graph.py documents it) as SVG, laid out by
// dagre: the tensor on top, its grad_fn below, down to the leaves, with every edge pointing the
// way gradients flow in the backward pass and labelled with the gradient that flowed along it.
import { Graph, layout } from '@dagrejs/dagre';
import { polyline, round, svg, text, uniqueId } from './svg.js';
import { graphStyle } from './drawing-style.js';
import { graphInWords, inWords } from './drawing-text.js';

const CHAR_WIDTH = 7.3; // the graph's monospace font at 12px
const LINE_HEIGHT = 16;

export function renderGraph(spec) {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 46, edgesep: 16, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of spec.nodes) {
    const lines = nodeLines(node).map(([content]) => content);
    g.setNode(node.id, { node, width: textWidth(lines) + 24, height: lines.length * LINE_HEIGHT + 14 });
  }
  spec.edges.forEach((edge, i) => {
    const lines = edge.grad ? edge.grad.split('\n') : [];
    g.setEdge(edge.from, edge.to, {
      edge, width: lines.length ? textWidth(lines) + 8 : 0, height: lines.length * LINE_HEIGHT, labelpos: 'c',
    }, `e${i}`);
  });
  layout(g);

  const { width, height } = g.graph();
  const arrowHead = uniqueId('graph-arrow');
  const root = svg('svg', {
    class: 'graph-svg', viewBox: `0 0 ${round(width)} ${round(height)}`, width: round(width), role: 'img',
    'aria-label': `computational graph with ${spec.nodes.length} nodes and ${spec.edges.length} edges (in words below)`,
  },
  graphStyle(),
  svg('defs', {}, svg('marker', {
    id: arrowHead, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto',
  }, svg('path', { d: 'M0,0L10,5L0,10z', class: 'graph-arrow-head' }))),
  g.edges().map((e) => drawEdge(g.edge(e), arrowHead)),
  g.nodes().map((id) => drawNode(g.node(id))));

  const wrapper = document.createElement('div');
  wrapper.className = 'graph';
  wrapper.append(root, inWords('The graph in words', graphInWords(spec)));
  if (spec.note) {
    const note = document.createElement('p');
    note.className = 'graph-note';
    note.textContent = spec.note;
    wrapper.append(note);
  }
  return wrapper;
}

function textWidth(lines) {
  return Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH;
}

// A node's text, one SVG line each: a matrix's rows (its value's lines) one under the other.
function nodeLines(node) {
  return [
    [node.title, 'graph-node-title'],
    [node.subtitle, 'graph-node-subtitle'],
    ...(node.lines ?? []).flatMap((line) => line.split('\n').map((row) => [row, 'graph-node-line'])),
  ].filter(([content]) => content);
}

function drawNode({ node, x, y, width, height }) {
  const left = x - width / 2;
  const top = y - height / 2;
  const lines = nodeLines(node);
  return svg('g', {
    class: `graph-node graph-node-${node.kind}`, 'data-id': node.id, 'data-kind': node.kind, 'data-name': node.title,
  },
    svg('rect', { x: round(left), y: round(top), width: round(width), height: round(height), rx: node.kind === 'op' ? 14 : 4 }),
    lines.map(([content, className], i) => text(content, {
      class: className, x: round(x), y: round(top + 7 + (i + 0.8) * LINE_HEIGHT), 'text-anchor': 'middle',
      'xml:space': 'preserve',
    })));
}

function drawEdge({ edge, points, x, y, height }, arrowHead) {
  const lines = edge.grad ? edge.grad.split('\n') : [];
  return svg('g', {
    class: 'graph-edge', 'data-from': edge.from, 'data-to': edge.to, 'data-grad': edge.grad ?? '', 'data-flow': edge.flow,
  },
    svg('path', { d: polyline(points.map((p) => [p.x, p.y])), 'marker-end': `url(#${arrowHead})` }),
    lines.length ? svg('g', { class: 'graph-edge-label' },
      svg('rect', { x: round(x - textWidth(lines) / 2 - 4), y: round(y - height / 2), width: round(textWidth(lines) + 8), height: round(height), rx: 3 }),
      lines.map((line, i) => text(line, {
        x: round(x), y: round(y - height / 2 + (i + 0.78) * LINE_HEIGHT), 'text-anchor': 'middle', 'xml:space': 'preserve',
      }))) : null);
}
