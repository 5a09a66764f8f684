// The headings of a lesson's prose, read from its Markdown source (outside fenced blocks), each
// with the id its heading gets on the page; and the lesson cut into sections at them. The table
// of contents links to the headings and the course search into the sections, so both take
// them from here.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * A Markdown source cut at its ATX headings (# …): [{ heading: { level, text, anchor } | null,
 * body }], the first block holding what comes before the first heading.
 */
function markdownBlocks(source) {
  const blocks = [{ heading: null, lines: [] }];
  let fence = null;
  for (const line of source.split('\n')) {
    const mark = FENCE.exec(line)?.[1];
    const heading = !fence && !mark && ATX_HEADING.exec(line);
    if (fence) {
      if (mark?.[0] === fence[0] && mark.length >= fence.length) fence = null;
    } else if (mark) {
      fence = mark;
    }
    if (heading) {
      const text = plainText(heading[2]);
      blocks.push({ heading: { level: heading[1].length, text, anchor: anchorFor(text) }, lines: [] });
    } else {
      blocks.at(-1).lines.push(line);
    }
  }
  return blocks.map(({ heading, lines }) => ({ heading, body: lines.join('\n') }));
}

/** A heading's words without Markdown's marks: `code`, *emphasis*, [links](…), $math$ as written. */
export function plainText(markdown) {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '') // inline HTML tags
    .replace(/[`*]|\\(?=[^\s])/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '') // _emphasis_, not snake_case
    .replace(/\$+([^$]*)\$+/g, '$1')
    .trim();
}

/** "The chain rule, with numbers" → "the-chain-rule-with-numbers": letters and digits of any script. */
export function anchorFor(text) {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'section';
}

// Ids unique in the lesson: two sections named "Training" get "training" and "training-2".
function idMaker() {
  const used = new Set();
  return (anchor) => {
    let id = anchor;
    for (let n = 2; used.has(id); n++) id = `${anchor}-${n}`;
    used.add(id);
    return id;
  };
}

/**
 * The headings of a lesson's cells ({ type, source }), each { level, text, anchor, id }: one list
 * per cell (empty for a code cell), in order.
 */
export function lessonHeadings(cells) {
  const idFor = idMaker();
  return cells.map((cell) => (cell.type !== 'markdown' ? [] : markdownBlocks(cell.source)
    .filter((block) => block.heading)
    .map(({ heading }) => ({ ...heading, id: idFor(heading.anchor) }))));
}

/**
 * A lesson's cells cut into sections at their headings: [{ heading (as lessonHeadings gives it)
 * or null for what comes before the first, text }], the text being the section's prose (its
 * Markdown marks removed) and code.
 */
export function lessonSections(cells) {
  const idFor = idMaker();
  const sections = [{ heading: null, parts: [] }];
  for (const cell of cells) {
    if (cell.type === 'code') sections.at(-1).parts.push(cell.source);
    if (cell.type !== 'markdown') continue;
    for (const { heading, body } of markdownBlocks(cell.source)) {
      if (heading) sections.push({ heading: { ...heading, id: idFor(heading.anchor) }, parts: [] });
      sections.at(-1).parts.push(plainText(body));
    }
  }
  return sections
    .map(({ heading, parts }) => ({ heading, text: parts.join('\n').replace(/\s+/g, ' ').trim() }))
    .filter((section) => section.heading || section.text);
}
