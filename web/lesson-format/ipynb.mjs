// Jupyter notebooks (nbformat 4) as lessons: markdown and code cells, in order.

const text = (source) => (Array.isArray(source) ? source.join('') : source ?? '');

/** @returns {{ title: string, cells: { type: 'markdown'|'code', source: string, outputs?: object[], attachments?: object }[] }} */
export function parseNotebook(json) {
  let nb;
  try {
    nb = typeof json === 'string' ? JSON.parse(json) : json;
  } catch (error) {
    throw new SyntaxError(`not a Jupyter notebook: ${error.message}`);
  }
  if (!nb || !Array.isArray(nb.cells)) throw new SyntaxError('not a Jupyter notebook: it has no "cells" list');
  if (nb.nbformat !== undefined && nb.nbformat < 4) throw new SyntaxError(`nbformat ${nb.nbformat} is not supported (need 4)`);
  const cells = [];
  for (const cell of nb.cells) {
    if (cell.cell_type === 'code') {
      cells.push({ type: 'code', source: text(cell.source), outputs: cell.outputs ?? [] });
    } else if (cell.cell_type === 'markdown') {
      cells.push({ type: 'markdown', source: text(cell.source), attachments: cell.attachments });
    }
  }
  const heading = cells.find((c) => c.type === 'markdown' && /^#\s+/m.test(c.source));
  const title = nb.metadata?.title ?? (heading ? /^#\s+(.+)$/m.exec(heading.source)[1].trim() : 'Untitled lesson');
  return { title, cells };
}
