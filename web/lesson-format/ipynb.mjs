// Jupyter notebooks (nbformat 4) as lessons: markdown cells (with their attachment images) and
// code cells, whose stored outputs become the lesson's expected outputs; and back again. Raw
// cells, cells of types Gradbook does not know, cell metadata and the notebook's metadata are
// kept, so a notebook saved back loses nothing. A file that breaks the format is refused with a
// message that names the cell and the field. A code cell can be an exercise (exercise.mjs).
//
// An output record is the plain data the page shows:
//   { kind: 'stream', name, text }  { kind: 'result', data, count }  { kind: 'display', data }
//   { kind: 'error', ename, evalue, traceback }          data: a mime bundle

import { exerciseMetadata, nameExercises, readExerciseMetadata } from './exercise.mjs';

const text = (source) => (Array.isArray(source) ? source.join('') : source ?? '');
const ANSI_ESCAPE = /\x1b\[[0-9;]*[A-Za-z]/g; // IPython colours its tracebacks

/**
 * @returns {{ title: string, metadata: object, cells: {
 *   type: 'markdown'|'code'|'raw'|'unknown', source: string, id?, metadata?, attachments?,
 *   expected?: object[], cell?: object }[] }}
 *   A cell of a type Gradbook does not know (`type: 'unknown'`) keeps the file's whole `cell`.
 */
export function parseNotebook(json) {
  let nb;
  try {
    nb = typeof json === 'string' ? JSON.parse(json) : json;
  } catch (error) {
    throw new SyntaxError(`not a Jupyter notebook: ${error.message}`);
  }
  if (!isObject(nb)) throw new SyntaxError('not a Jupyter notebook: it is not a JSON object');
  if (nb.nbformat !== undefined && nb.nbformat !== 4) {
    throw new SyntaxError(`nbformat ${nb.nbformat} is not supported; save it as nbformat 4`);
  }
  if (!Array.isArray(nb.cells)) throw new SyntaxError('not a Jupyter notebook: it has no "cells" list');
  const cells = nameExercises(nb.cells.map((cell, i) => readCell(cell, `cell ${i + 1}`)));
  const heading = cells.find((c) => c.type === 'markdown' && /^#\s+/m.test(c.source));
  const metadata = isObject(nb.metadata) ? nb.metadata : {};
  const title = typeof metadata.title === 'string' ? metadata.title
    : heading ? /^#\s+(.+)$/m.exec(heading.source)[1].trim() : 'Untitled lesson';
  return { title, metadata, cells };
}

function readCell(cell, where) {
  expect(isObject(cell), where, 'a cell must be an object', cell);
  expect(typeof cell.cell_type === 'string', where, '"cell_type" must be a string', cell.cell_type);
  expect(isText(cell.source ?? ''), where, '"source" must be a string or a list of strings', cell.source);
  expect(cell.metadata === undefined || isObject(cell.metadata), where, '"metadata" must be an object', cell.metadata);
  const common = {
    source: text(cell.source),
    ...(typeof cell.id === 'string' ? { id: cell.id } : {}),
    ...(cell.metadata && Object.keys(cell.metadata).length ? { metadata: cell.metadata } : {}),
  };
  switch (cell.cell_type) {
    case 'code': {
      expect(cell.outputs === undefined || Array.isArray(cell.outputs), where, '"outputs" must be a list', cell.outputs);
      const outputs = (cell.outputs ?? []).map((output, j) => readOutput(output, `${where}, output ${j + 1}`));
      const exercise = readExerciseMetadata(cell.metadata, where);
      if (!exercise) return { type: 'code', ...common, expected: outputsToRecords(outputs) };
      const { metadata: _, ...rest } = common;
      const metadata = Object.keys(exercise.metadata).length ? { metadata: exercise.metadata } : {};
      return { type: 'code', ...rest, ...metadata, exercise: exercise.exercise, expected: outputsToRecords(outputs) };
    }
    case 'markdown':
    case 'raw':
      return { type: cell.cell_type, ...common, ...readAttachments(cell.attachments, where) };
    default:
      return { type: 'unknown', ...common, cell };
  }
}

function readAttachments(attachments, where) {
  if (attachments === undefined) return {};
  expect(isObject(attachments) && Object.values(attachments).every(isObject), where,
    '"attachments" must map file names to mime bundles', attachments);
  return Object.keys(attachments).length ? { attachments } : {};
}

function readOutput(output, where) {
  expect(isObject(output), where, 'an output must be an object', output);
  const field = (name, ok, what) => expect(output[name] === undefined || ok(output[name]), where, `"${name}" must be ${what}`, output[name]);
  field('text', isText, 'a string or a list of strings');
  field('traceback', (t) => Array.isArray(t) && t.every((line) => typeof line === 'string'), 'a list of strings');
  field('data', isBundle, 'a mime bundle (an object whose text forms are strings or lists of strings)');
  return output;
}

// The problem and where it is: 'cell 3: "source" must be a string or a list of strings, not a number'.
function expect(ok, where, rule, value) {
  if (!ok) throw new SyntaxError(`${where}: ${rule}, not ${describe(value)}`);
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'undefined') return 'missing';
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value) => typeof value === 'string' || (Array.isArray(value) && value.every((line) => typeof line === 'string'));
const isBundle = (data) => isObject(data) && Object.entries(data).every(([mime, value]) => isJSON(mime) || isText(value));

/**
 * A notebook file's text for cells { type, source, id?, metadata?, attachments?, outputs?,
 * executionCount?, exercise?, cell? } (outputs as records), with the notebook's `metadata` if it
 * had some. An exercise is saved without its checks: the file is the learner's copy.
 */
export function serializeNotebook(cells, { title, metadata = {} } = {}) {
  const usedIds = new Set();
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      ...metadata,
      ...(title ? { title } : {}),
    },
    cells: cells.map((cell, i) => {
      const id = uniqueCellId(cell.id ?? `cell-${i + 1}`, usedIds);
      if (cell.type === 'unknown') return { ...cell.cell, id };
      const metadata = cell.exercise ? exerciseMetadata(cell.metadata ?? {}, cell.exercise) : cell.metadata ?? {};
      const common = { cell_type: cell.type, id, metadata, source: lines(cell.source) };
      if (cell.type !== 'code') return { ...common, ...(cell.attachments ? { attachments: cell.attachments } : {}) };
      return { ...common, execution_count: cell.executionCount ?? null, outputs: recordsToOutputs(cell.outputs ?? []) };
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
