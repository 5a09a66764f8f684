// Exercises: a code cell the learner completes, with hidden checks, hints and a solution. On a
// cell they are `exercise: { id, hints: [markdown], solution, checks }`, solution and checks
// encoded (exercise-encoding.mjs), either of them possibly null.
//
// In a Markdown lesson, an exercise is a ```python exercise block (its starter code; `exercise=ID`
// names it) followed, with only blank lines between, by its parts:
//   ```hint            Markdown, revealed one at a time (any number, in order)
//   ```python solution the solution, revealed on request
//   ```python check    Python run after the learner's cell (gradbook.check, check_grad)
// In a notebook, a code cell's metadata holds them: {"gradbook": {"exercise": {"id", "hints",
// "solution", "checks"}}}. A solution or checks given as text is encoded as it is read.
import { encodePart } from './exercise-encoding.mjs';

/**
 * What a fence's info string says about exercises: { kind: 'exercise', id? }, { kind: 'hint' |
 * 'solution' | 'check' }, or null for an ordinary fence.
 */
export function fencePart(info) {
  const words = info.trim().split(/\s+/);
  const python = /^(python|py)$/i.test(words[0]);
  const exercise = words.find((word) => /^exercise(=|$)/.test(word));
  if (exercise && python) return { kind: 'exercise', ...(exercise.includes('=') ? { id: exercise.slice('exercise='.length) } : {}) };
  if (words.includes('hint')) return { kind: 'hint' };
  const kind = python && words.find((word) => word === 'solution' || word === 'check');
  return kind ? { kind } : null;
}

/** Adds a part read from a fence to `exercise` (as parseMarkdownLesson reads them). */
export function addPart(exercise, kind, text) {
  if (kind === 'hint') return void exercise.hints.push(text.trim());
  const field = kind === 'check' ? 'checks' : 'solution';
  if (exercise[field]) throw new SyntaxError(`an exercise has two \`\`\`python ${kind} blocks; write them as one`);
  exercise[field] = encodePart(text);
}

export const newExercise = (id) => ({ id, hints: [], solution: null, checks: null });

/**
 * Gives every exercise of `cells` an id (its place: exercise-1, …) and refuses two with one id.
 * @returns the cells
 */
export function nameExercises(cells) {
  const seen = new Set();
  let n = 0;
  for (const cell of cells) {
    if (!cell.exercise) continue;
    n += 1;
    cell.exercise.id ??= `exercise-${n}`;
    if (seen.has(cell.exercise.id)) throw new SyntaxError(`two exercises are named “${cell.exercise.id}”; each needs its own name`);
    seen.add(cell.exercise.id);
  }
  return cells;
}

/** The Markdown fences of an exercise's parts, after its starter block. */
export function exerciseFences({ hints, solution, checks }) {
  return [
    ...hints.map((hint) => fenced('hint', hint)),
    ...(solution ? [fenced('python solution', solution)] : []),
    ...(checks ? [fenced('python check', checks)] : []),
  ];
}

// A fence longer than any run of backticks inside, so a hint may show code.
function fenced(info, text) {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

/**
 * A notebook cell's exercise from its metadata: { exercise, metadata } with the exercise taken
 * out of the metadata (kept as metadata it would be saved twice), or null if it has none.
 */
export function readExerciseMetadata(metadata, where) {
  const given = metadata?.gradbook?.exercise;
  if (given === undefined) return null;
  const problem = (rule) => new SyntaxError(`${where}: "metadata.gradbook.exercise" ${rule}`);
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw problem('must be an object');
  const hints = given.hints ?? [];
  if (!Array.isArray(hints) || !hints.every((hint) => typeof hint === 'string')) throw problem('"hints" must be a list of strings');
  for (const field of ['id', 'solution', 'checks']) {
    if (given[field] !== undefined && given[field] !== null && typeof given[field] !== 'string') throw problem(`"${field}" must be a string`);
  }
  const { exercise: _, ...gradbook } = metadata.gradbook;
  const { gradbook: __, ...rest } = metadata;
  return {
    exercise: {
      ...(given.id ? { id: given.id } : {}),
      hints,
      solution: given.solution ? encodePart(given.solution) : null,
      checks: given.checks ? encodePart(given.checks) : null,
    },
    metadata: Object.keys(gradbook).length ? { ...rest, gradbook } : rest,
  };
}

/**
 * The metadata a notebook file saves for a cell with `exercise`: the learner's copy keeps the
 * exercise's name, hints and solution, never its checks (`withChecks` is for the course's own
 * shipped files).
 */
export function exerciseMetadata(metadata, { id, hints, solution, checks }, { withChecks = false } = {}) {
  const exercise = { id, hints, ...(solution ? { solution } : {}), ...(withChecks && checks ? { checks } : {}) };
  return { ...metadata, gradbook: { ...metadata?.gradbook, exercise } };
}
