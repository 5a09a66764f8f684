// A Markdown lesson is prose with fenced ```python blocks; each block is a code cell and the
// prose between blocks is a markdown cell. The format diffs well in git and needs no tooling.
import { markdownProblem } from './markdown-limits.mjs';

const FENCE = /^(`{3,}|~{3,})\s*([\w+-]*)[^\n]*$/;

/** @returns {{ title: string, cells: { type: 'markdown' | 'code', source: string }[] }} */
export function parseMarkdownLesson(text) {
  const problem = markdownProblem(text);
  if (problem) throw new RangeError(problem);
  const cells = [];
  let prose = [];
  let code = null; // { fence, lines } while inside a python fence
  let otherFence = null; // a non-python fence stays prose, whatever it contains
  const flushProse = () => {
    const source = prose.join('\n').trim();
    if (source) cells.push({ type: 'markdown', source });
    prose = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (code) {
      if (line.trim() === code.fence) {
        cells.push({ type: 'code', source: code.lines.join('\n') });
        code = null;
      } else {
        code.lines.push(line);
      }
      continue;
    }
    const open = FENCE.exec(line);
    if (otherFence) {
      if (line.trim() === otherFence) otherFence = null;
    } else if (open && /^(python|py)$/i.test(open[2])) {
      flushProse();
      code = { fence: open[1], lines: [] };
      continue;
    } else if (open) {
      otherFence = open[1];
    }
    prose.push(line);
  }
  if (code) throw new SyntaxError(`unclosed \`\`\`python block (opened with ${code.fence})`);
  flushProse();
  return { title: lessonTitle(cells), cells };
}

function lessonTitle(cells) {
  const first = cells.find((c) => c.type === 'markdown');
  const heading = first && /^#\s+(.+)$/m.exec(first.source);
  return heading ? heading[1].trim() : 'Untitled lesson';
}

/** The inverse of parseMarkdownLesson, so an edited notebook can be saved in the same format. */
export function serializeMarkdownLesson(cells) {
  return cells
    .map((c) => (c.type === 'code' ? '```python\n' + c.source + '\n```' : c.source.trim()))
    .join('\n\n') + '\n';
}
