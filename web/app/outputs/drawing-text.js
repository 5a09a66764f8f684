// A drawing's text alternative: what a graph or a figure shows, in words, under a "… in words"
// disclosure beside the picture (which screen readers reach as a list, and anyone can open).
// A graph: every node with its value and gradient, then every edge with the gradient that
// flowed along it. A figure: its axes, and each layer with its points' count and ranges (or
// the figure's own "description", when its spec brings one).

/** The <details> element holding `items` (strings) as a list, under `title`. */
export function inWords(title, items) {
  const details = document.createElement('details');
  details.className = 'drawing-text';
  const summary = document.createElement('summary');
  summary.textContent = title;
  const list = document.createElement('ul');
  list.append(...items.map((item) => Object.assign(document.createElement('li'), { textContent: item })));
  details.append(summary, list);
  return details;
}

/** A computational graph spec (gradbook/_graph.py) in words, one item a node or an edge. */
export function graphInWords(spec) {
  const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ');
  const names = new Map(spec.nodes.map((node) => [node.id, node.title]));
  // An op's subtitle names the tensor it gives ("→ z"); a leaf's, its grad_fn (AccumulateGrad).
  // A node's first line is its value, the others say more (its grad).
  const nodes = spec.nodes.map(({ kind, title, subtitle, lines = [] }) => {
    const what = { tensor: 'tensor', op: 'operation', leaf: 'leaf tensor' }[kind] ?? kind;
    const about = subtitle?.startsWith('→ ') ? `, giving ${subtitle.slice(2)}` : subtitle ? ` (${subtitle})` : '';
    const [value, ...more] = lines.map(oneLine);
    return `${what} ${title}${about}${value ? `: value ${[value, ...more].join('; ')}` : ''}`;
  });
  const edges = spec.edges.map(({ from, to, grad }) =>
    `gradient flows from ${names.get(from)} to ${names.get(to)}${grad ? `: ${oneLine(grad)}` : ''}`);
  return [...nodes, ...edges];
}

/** A figure spec (gradbook/_figure.py) in words: its axes, then one item a layer. */
export function figureInWords(spec, [xDomain, yDomain]) {
  if (spec.description) return [spec.description];
  const axis = (name, label, [low, high]) => `${name} axis${label ? ` (${label})` : ''} from ${number(low)} to ${number(high)}`;
  return [
    `${axis('x', spec.xlabel, xDomain)}, ${axis('y', spec.ylabel, yDomain)}${spec.log_y ? ' on a log scale' : ''}`,
    ...spec.layers.map(layerInWords),
  ];
}

const KINDS = { line: 'line', scatter: 'points', path: 'path', arrows: 'arrows' };

function layerInWords(layer) {
  if (layer.type === 'field') {
    const values = layer.z.flat().map(Number).filter(Number.isFinite);
    return `landscape (filled contours) over x ${range(layer.x)} and y ${range(layer.y)}, values ${range(values)}`;
  }
  const name = `${KINDS[layer.type] ?? layer.type}${layer.label ? ` “${layer.label}”` : ''}`;
  if (layer.type === 'arrows') return `${name}: ${layer.points.length} arrows over x ${range(layer.points.map((p) => p[0]))} and y ${range(layer.points.map((p) => p[1]))}`;
  const xs = layer.x.map(Number);
  const ys = layer.y.map(Number);
  const ends = layer.type === 'path' || layer.type === 'line'
    ? `, from (${number(xs[0])}, ${number(ys[0])}) to (${number(xs.at(-1))}, ${number(ys.at(-1))})` : '';
  return `${name}: ${xs.length} points, x ${range(xs)}, y ${range(ys)}${ends}`;
}

function range(values) {
  const finite = values.map(Number).filter(Number.isFinite);
  if (!finite.length) return 'with no finite value';
  return `from ${number(Math.min(...finite))} to ${number(Math.max(...finite))}`;
}

const number = (value) => String(Number(Number(value).toPrecision(4)));
