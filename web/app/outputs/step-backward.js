// Draws gradbook.step_backward's spec (gradbook/_step_backward.py documents it): the graph of
// gradbook.graph with Previous/Next controls (and the arrow keys while the figure has focus)
// that walk the backward pass node by node, in the order the engine ran it. Position 0 is
// before any node ran; position k has run steps 1..k. The graph is laid out once with every
// gradient in place and each position only shows or hides them, so nothing moves as one steps.
import { renderGraph } from './graph.js';

export function renderStepBackward(spec) {
  const { steps } = spec;
  const root = document.createElement('div');
  root.className = 'step-backward';
  root.tabIndex = 0;
  root.setAttribute('role', 'region'); // a landmark: focusable (for its arrow keys) with a role axe accepts in the tab order
  root.setAttribute('aria-label', `backward pass in ${steps.length} steps; arrow keys step through it`);

  const controls = document.createElement('div');
  controls.className = 'step-backward-controls';
  const previous = button('Previous', 'step-backward-previous');
  const next = button('Next', 'step-backward-next');
  const status = document.createElement('span');
  status.className = 'step-backward-status';
  status.setAttribute('aria-live', 'polite');
  controls.append(previous, next, status);

  const picture = renderGraph(spec.graph);
  picture.classList.add('step-backward-graph');
  const panel = document.createElement('div');
  panel.className = 'step-backward-panel';
  root.append(controls, picture, panel);

  const seedFlows = new Set(spec.graph.edges.filter((edge) => edge.from === 't').map((edge) => edge.flow));
  let position = 0;
  const show = (to) => {
    position = Math.max(0, Math.min(steps.length, to));
    const ran = steps.slice(0, position);
    const flowed = new Set([...seedFlows, ...ran.flatMap((step) => step.inputs.map((input) => input.flow))]);
    for (const edge of picture.querySelectorAll('.graph-edge')) {
      edge.classList.toggle('step-backward-pending', !flowed.has(edge.dataset.flow));
    }
    const current = ran.at(-1);
    for (const node of picture.querySelectorAll('.graph-node')) {
      node.classList.toggle('step-backward-current', node.dataset.id === current?.node);
    }
    for (const [leaf, before] of Object.entries(spec.leaves_before)) {
      const filled = ran.findLast((step) => step.leaves[leaf] !== undefined)?.leaves[leaf];
      showLeafGrad(picture, spec.graph, leaf, filled ?? before);
    }
    status.textContent = position ? `Step ${position} of ${steps.length}` : `Before the backward pass (${steps.length} steps)`;
    previous.disabled = position === 0;
    next.disabled = position === steps.length;
    panel.replaceChildren(...(current ? describe(current, spec.graph) : [line('Press Next to run the first node.')]));
  };
  previous.addEventListener('click', () => show(position - 1));
  next.addEventListener('click', () => show(position + 1));
  root.addEventListener('keydown', (event) => {
    const move = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[event.key];
    if (!move) return;
    event.preventDefault();
    show(position + move);
  });
  show(0);
  return root;
}

function button(label, className) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  return element;
}

function line(content, className = 'step-backward-line') {
  const element = document.createElement('div');
  element.className = className;
  element.textContent = content;
  return element;
}

// What a step did, as text: the node, the gradient that reached it, and per input the local
// derivative and the chain-rule product sent on; the leaves whose .grad it filled.
function describe(step, graph) {
  const title = (id) => graph.nodes.find((node) => node.id === id).title;
  return [
    line(`${step.title}${step.produces ? ` (→ ${step.produces})` : ''}`, 'step-backward-node'),
    line(`incoming ∂L/∂y = ${step.incoming}`),
    ...step.inputs.flatMap((input) => [
      line(`to ${input.to_title}: ${input.formula ?? 'local derivative not in the table'}`),
      line(input.chain, 'step-backward-line step-backward-chain'),
    ]),
    ...Object.entries(step.leaves).map(([leaf, grad]) => line(`${title(leaf)}.${grad.replace('grad ', 'grad = ')}`, 'step-backward-line step-backward-leaf')),
  ];
}

// A leaf is drawn with its final .grad lines after its value's lines; fill them with `grad`.
function showLeafGrad(picture, graph, leaf, grad) {
  const node = graph.nodes.find((candidate) => candidate.id === leaf);
  const valueLines = node.lines[0].split('\n').length;
  const gradLines = [...picture.querySelectorAll(`.graph-node[data-id="${CSS.escape(leaf)}"] .graph-node-line`)].slice(valueLines);
  const rows = grad.split('\n');
  gradLines.forEach((element, i) => { element.textContent = rows[i] ?? ''; });
}
