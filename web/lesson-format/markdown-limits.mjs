// What Markdown Gradbook will render. The Markdown parser (marked) recurses into each nested
// block quote, list and emphasis, so 100,000 levels overflow its stack, and its time grows
// steeply with nesting and with the emphasis markers of one paragraph; tens of megabytes take
// minutes. Past these limits a lesson gets a message that names the problem instead of a page
// that freezes or breaks. No lesson written by hand comes near them.
export const MARKDOWN_LIMITS = {
  characters: 5_000_000,
  nesting: 100, // block quotes and lists, one in another
  emphasisRun: 500, // * or _ in a row: emphasis in emphasis
  emphasisPerParagraph: 10_000, // * and _ between two blank lines
};

const count = (n) => n.toLocaleString('en');

/** Why `text` cannot be shown as Markdown (a sentence naming the problem), or null. */
export function markdownProblem(text) {
  const limits = MARKDOWN_LIMITS;
  if (text.length > limits.characters) {
    return `the Markdown has ${count(text.length)} characters; Gradbook shows at most ${count(limits.characters)}`;
  }
  const lines = text.split(/\r\n?|\n/);
  let fence = null; // inside a fenced block its text is shown as it is, so nothing nests
  let paragraphMarks = 0;
  for (const [index, line] of lines.entries()) {
    const at = `line ${index + 1}`;
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark?.[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (line.trim() === '') paragraphMarks = 0;
    const depth = nesting(line);
    if (depth > limits.nesting) {
      return `${at} of the Markdown is nested ${count(depth)} levels deep (block quotes and lists); Gradbook shows at most ${limits.nesting}`;
    }
    const { longest, total } = emphasisMarks(line);
    if (longest > limits.emphasisRun) {
      return `${at} of the Markdown has ${count(longest)} emphasis marks (* or _) in a row; Gradbook shows at most ${limits.emphasisRun}`;
    }
    paragraphMarks += total;
    if (paragraphMarks > limits.emphasisPerParagraph) {
      return `the paragraph that reaches ${at} of the Markdown has more than ${count(limits.emphasisPerParagraph)} ` +
        'emphasis marks (* or _), more than Gradbook shows in one paragraph';
    }
  }
  return null;
}

// How many blocks a line opens one in another: its block quote (>) and list markers, and its
// indentation, which nests a list in the one above (two columns a level; a tab is four).
function nesting(line) {
  const indent = /^[ \t]*/.exec(line)[0].replace(/\t/g, '    ').length;
  const prefix = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*/.exec(line)[0];
  const quotes = prefix.split('>').length - 1;
  const lists = prefix.match(/(?:[-+*]|\d{1,9}[.)])[ \t]/g)?.length ?? 0;
  return quotes + lists + Math.floor(indent / 2);
}

function emphasisMarks(line) {
  let longest = 0;
  let total = 0;
  for (const [run] of line.matchAll(/[*_]+/g)) {
    longest = Math.max(longest, run.length);
    total += run.length;
  }
  return { longest, total };
}
