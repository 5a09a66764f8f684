// A tensor as a table: badges for shape, dtype, requires_grad and grad_fn, the values (a 2-D
// tensor heat-coloured, so its structure shows at a glance; more dims as one table per leading
// index), and PyTorch's own text one click away.
import { interpolateBlues, interpolateRdBu } from 'd3-scale-chromatic';

/** @param info the kernel's application/vnd.gradbook.tensor+json data */
export function renderTensor(info) {
  const view = element('div', 'tensor-view');
  const text = element('pre', 'tensor-text', info.text);
  const toggle = element('button', 'tensor-toggle', 'Text');
  toggle.type = 'button';
  toggle.title = "Show PyTorch's printed form";
  toggle.setAttribute('aria-pressed', 'false');
  view.append(badges(info, toggle));

  if (info.values === undefined) {
    view.append(text); // too big for a table: the text form alone
    toggle.remove();
    return view;
  }
  const body = element('div', 'tensor-body');
  body.append(...tables(info));
  text.hidden = true;
  view.append(body, text);
  toggle.addEventListener('click', () => {
    const showText = text.hidden;
    text.hidden = !showText;
    body.hidden = showText;
    toggle.setAttribute('aria-pressed', String(showText));
    toggle.textContent = showText ? 'Table' : 'Text';
    toggle.title = showText ? 'Show as a table' : "Show PyTorch's printed form";
  });
  return view;
}

function badges(info, toggle) {
  const bar = element('div', 'tensor-meta');
  bar.append(
    badge('shape', `shape [${info.shape.join(', ')}]`),
    badge('dtype', info.dtype),
  );
  if (info.requires_grad) bar.append(badge('grad', 'requires_grad'));
  if (info.grad_fn) bar.append(badge('fn', `grad_fn=<${info.grad_fn}>`));
  bar.append(toggle);
  return bar;
}

function badge(kind, text) {
  const span = element('span', `badge badge-${kind}`, text);
  span.dataset.badge = kind;
  return span;
}

// One table for 0-, 1- and 2-D tensors; one per leading index (with its caption) beyond.
function tables(info) {
  const format = numberFormat(info);
  const { shape, values } = info;
  if (shape.length <= 2) return [table(values, shape.length, format)];
  const out = [];
  const walk = (slice, prefix, depth) => {
    if (depth === shape.length - 2) {
      const figure = element('figure', 'tensor-slice');
      figure.append(element('figcaption', '', `[${[...prefix, ':', ':'].join(', ')}]`), table(slice, 2, format));
      out.push(figure);
      return;
    }
    const index = info.index?.[depth] ?? slice.map((_, i) => i);
    slice.forEach((sub, i) => {
      if (sub === null) out.push(element('div', 'tensor-gap', '⋮'));
      else walk(sub, [...prefix, index[i]], depth + 1);
    });
  };
  walk(values, [], 0);
  return out;
}

function table(values, rank, format) {
  const t = element('table', 'tensor-table');
  const rows = rank === 0 ? [[values]] : rank === 1 ? [values] : values;
  const heat = rank === 2 && format.heat;
  for (const row of rows) {
    const tr = t.insertRow();
    for (const value of row ?? []) {
      const td = tr.insertCell();
      if (value === null) {
        td.textContent = '…';
        td.className = 'gap';
        continue;
      }
      td.textContent = format.text(value);
      if (heat) paint(td, format.heat(Number(value)));
    }
    if (row === null) {
      const td = tr.insertCell();
      td.colSpan = Math.max(1, rows.find((r) => r)?.length ?? 1);
      td.textContent = '⋮';
      td.className = 'gap';
    }
  }
  if (heat) t.classList.add('heat');
  return t;
}

function paint(td, color) {
  if (!color) return;
  td.style.backgroundColor = color.background;
  td.style.color = color.dark ? '#fff' : '#111827'; // the page's text may be light (dark theme)
}

// Numbers as PyTorch prints them, roughly: whole floats as "6.", others with 4 decimals, very
// large or small ones in scientific form. The exact text is in the Text view.
function numberFormat(info) {
  const flat = [info.values].flat(Infinity).filter((v) => v !== null);
  const isFloat = /float|double|half/.test(info.dtype);
  const isBool = info.dtype === 'torch.bool';
  const numbers = flat.map(Number).filter(Number.isFinite);
  const text = (value) => {
    if (isBool) return value ? 'True' : 'False';
    const x = Number(value);
    if (!isFloat) return String(value);
    if (Number.isNaN(x)) return 'nan';
    if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
    if (scientific) return x.toExponential(4);
    return whole ? `${x.toFixed(0)}.` : x.toFixed(4);
  };
  const absolute = numbers.map(Math.abs).filter((x) => x > 0);
  const whole = numbers.every(Number.isInteger);
  const scientific = absolute.length > 0 && (Math.max(...absolute) >= 1e8 || (!whole && Math.min(...absolute) < 1e-4));
  return { text, heat: isBool || !numbers.length ? null : heatScale(numbers) };
}

// Diverging red/blue around 0 when there are negative values, else light to dark blue; light
// text on the dark ends.
function heatScale(numbers) {
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  if (low === high) return null;
  if (low >= 0) {
    return (x) => {
      const t = 0.05 + (0.75 * x) / high;
      return Number.isFinite(x) ? { background: interpolateBlues(t), dark: t > 0.6 } : null;
    };
  }
  const span = Math.max(-low, high);
  return (x) => {
    const t = 0.5 - (0.42 * x) / span; // RdBu runs from red (0) to blue (1): positive is red
    return Number.isFinite(x) ? { background: interpolateRdBu(t), dark: Math.abs(t - 0.5) > 0.3 } : null;
  };
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
