// A Markdown lesson is prose with fenced ```python blocks; each block is a code cell and the
// prose between blocks is a markdown cell. The format diffs well in git and needs no tooling.
// A block can be an exercise, with its hints, solution and checks in the blocks after it
// (exercise.mjs). Front matter at the top (front-matter.mjs) is the lesson's metadata, not prose.
import { addPart, exerciseFences, fencePart, nameExercises, newExercise } from './exercise.mjs';
import { readFrontMatter, writeFrontMatter } from './front-matter.mjs';
import { markdownProblem } from './markdown-limits.mjs';

const FENCE = /^(`{3,}|~{3,})\s*([\w+-]*)[^\n]*$/;

/**
 * @returns {{ title: string, metadata: object, cells: { type: 'markdown' | 'code', source: string, exercise? }[] }}
 *   metadata: the front matter's keys (a notebook keeps the same in its metadata)
 */
export function parseMarkdownLesson(text) {
  const problem = markdownProblem(text);
  if (problem) throw new RangeError(problem);
  const { metadata, body } = readFrontMatter(text.replace(/\r\n?/g, '\n'));
  const cells = [];
  let prose = [];
  let code = null; // { fence, lines, part? } while inside a python fence or an exercise's part
  let otherFence = null; // a non-python fence stays prose, whatever it contains
  const flushProse = () => {
    const source = prose.join('\n').trim();
    if (source) cells.push({ type: 'markdown', source });
    prose = [];
  };
  // Line numbers in errors count from the top of the file, front matter included.
  const firstLine = text.replace(/\r\n?/g, '\n').split('\n').length - body.split('\n').length;
  for (const [index, line] of body.split('\n').map((l, i) => [i + firstLine, l])) {
    if (code) {
      if (line.trim() === code.fence) {
        const source = code.lines.join('\n');
        if (code.part?.kind === 'exercise') cells.push({ type: 'code', source, exercise: newExercise(code.part.id) });
        else if (code.part) addPart(code.part.exercise, code.part.kind, source);
        else cells.push({ type: 'code', source });
        code = null;
      } else {
        code.lines.push(line);
      }
      continue;
    }
    const open = FENCE.exec(line);
    const part = open && !otherFence ? fencePart(line.slice(open[1].length)) : null;
    if (otherFence) {
      if (line.trim() === otherFence) otherFence = null;
    } else if (part && part.kind !== 'exercise') {
      const exercise = cells.at(-1)?.exercise;
      if (!exercise || prose.join('').trim()) {
        throw new SyntaxError(`line ${index + 1}: a ${part.kind} block must come right after its exercise (a \`\`\`python exercise block, or another of its parts)`);
      }
      prose = [];
      code = { fence: open[1], lines: [], part: { ...part, exercise } };
      continue;
    } else if (open && /^(python|py)$/i.test(open[2])) {
      flushProse();
      code = { fence: open[1], lines: [], part };
      continue;
    } else if (open) {
      otherFence = open[1];
    }
    prose.push(line);
  }
  if (code) throw new SyntaxError(`unclosed \`\`\`python block (opened with ${code.fence})`);
  flushProse();
  return { title: metadata.title ?? lessonTitle(cells), metadata, cells: nameExercises(cells) };
}

function lessonTitle(cells) {
  const first = cells.find((c) => c.type === 'markdown');
  const heading = first && /^#\s+(.+)$/m.exec(first.source);
  return heading ? heading[1].trim() : 'Untitled lesson';
}

/** The inverse of parseMarkdownLesson, so an edited notebook can be saved in the same format. */
export function serializeMarkdownLesson(cells, { metadata } = {}) {
  return writeFrontMatter(metadata) + cells
    .map((c) => (c.type !== 'code' ? c.source.trim()
      : c.exercise ? [`\`\`\`python exercise=${c.exercise.id}\n${c.source}\n\`\`\``, ...exerciseFences(c.exercise)].join('\n\n')
      : '```python\n' + c.source + '\n```'))
    .join('\n\n') + '\n';
}
