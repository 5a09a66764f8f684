// Jupyter notebooks (nbformat 4) as lessons: markdown cells (with their attachment images) and
// code cells, whose stored outputs become the lesson's expected outputs; and back again.
//
// An output record is the plain data the page shows:
//   { kind: 'stream', name, text }  { kind: 'result', data, count }  { kind: 'display', data }
//   { kind: 'error', ename, evalue, traceback }          data: a mime bundle

const text = (source) => (Array.isArray(source) ? source.join('') : source ?? '');
const ANSI_ESCAPE = /\x1b\[[0-9;]*[A-Za-z]/g; // IPython colours its tracebacks

/** @returns {{ title: string, cells: { type: 'markdown'|'code', source: string, id?, expected?: object[], attachments?: object }[] }} */
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
    const id = typeof cell.id === 'string' ? { id: cell.id } : {};
    if (cell.cell_type === 'code') {
      cells.push({ type: 'code', source: text(cell.source), ...id, expected: outputsToRecords(cell.outputs ?? []) });
    } else if (cell.cell_type === 'markdown') {
      const attachments = cell.attachments && Object.keys(cell.attachments).length ? { attachments: cell.attachments } : {};
      cells.push({ type: 'markdown', source: text(cell.source), ...id, ...attachments });
    }
  }
  const heading = cells.find((c) => c.type === 'markdown' && /^#\s+/m.test(c.source));
  const title = nb.metadata?.title ?? (heading ? /^#\s+(.+)$/m.exec(heading.source)[1].trim() : 'Untitled lesson');
  return { title, cells };
}

/**
 * A notebook file's text for cells { type, source, id?, attachments?, outputs?, executionCount? }
 * (outputs as records).
 */
export function serializeNotebook(cells, { title } = {}) {
  const usedIds = new Set();
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      ...(title ? { title } : {}),
    },
    cells: cells.map((cell, i) => {
      const id = uniqueCellId(cell.id ?? `cell-${i + 1}`, usedIds);
      if (cell.type === 'markdown') {
        return { cell_type: 'markdown', id, metadata: {}, source: lines(cell.source), ...(cell.attachments ? { attachments: cell.attachments } : {}) };
      }
      return {
        cell_type: 'code', id, metadata: {}, execution_count: cell.executionCount ?? null,
        source: lines(cell.source), outputs: recordsToOutputs(cell.outputs ?? []),
      };
    }),
  };
  return JSON.stringify(nb, null, 1) + '\n';
}

function uniqueCellId(id, used) {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

// Jupyter stores multi-line text as a list of lines, each keeping its "\n".
function lines(source) {
  return source.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function outputsToRecords(outputs) {
  return outputs.flatMap((output) => {
    switch (output.output_type) {
      case 'stream':
        return [{ kind: 'stream', name: output.name === 'stderr' ? 'stderr' : 'stdout', text: text(output.text) }];
      case 'execute_result':
        return [{ kind: 'result', data: mapBundle(output.data, text), count: output.execution_count ?? null }];
      case 'display_data':
        return [{ kind: 'display', data: mapBundle(output.data, text) }];
      case 'error':
        return [{
          kind: 'error', ename: output.ename ?? '', evalue: output.evalue ?? '',
          traceback: (output.traceback ?? []).join('\n').replace(ANSI_ESCAPE, '') + '\n',
        }];
      default:
        return [];
    }
  });
}

function recordsToOutputs(records) {
  return records.map((record) => {
    switch (record.kind) {
      case 'stream':
        return { output_type: 'stream', name: record.name, text: lines(record.text) };
      case 'result':
        return { output_type: 'execute_result', execution_count: record.count ?? null, data: mapBundle(record.data, lines), metadata: {} };
      case 'display':
        return { output_type: 'display_data', data: mapBundle(record.data, lines), metadata: {} };
      default:
        return {
          output_type: 'error', ename: record.ename, evalue: record.evalue,
          traceback: record.traceback.replace(/\n$/, '').split('\n'),
        };
    }
  });
}

// JSON mime types hold objects; every other type is text, stored as a string or a list of lines.
const isJSON = (mime) => /[/+]json$/.test(mime);

// A mime bundle with its text values in one form: `text` (read) or `lines` (stored).
function mapBundle(data = {}, textForm) {
  return Object.fromEntries(Object.entries(data).map(([mime, value]) => [mime, isJSON(mime) ? value : textForm(value)]));
}
