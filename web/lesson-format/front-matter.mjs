// A Markdown lesson may open with front matter: YAML-style `key: value` lines between two `---`
// lines, as static-site generators read them. Gradbook reads `description:` (the line under the
// lesson's title on the course index) and `title:`; other keys are kept, so a lesson saved back
// loses nothing. Only one-line values are read (a plain or quoted string): a lesson's front
// matter needs no more, and anything else is refused with the line that holds it.

const OPEN = /^---[ \t]*\n/;
const CLOSE = /\n---[ \t]*(\n|$)/;
const ENTRY = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

/**
 * Splits `text` (with "\n" line ends) into its front matter and the Markdown after it:
 * { metadata: { key: string }, body }. Text without front matter is all body.
 */
export function readFrontMatter(text) {
  if (!OPEN.test(text)) return { metadata: {}, body: text };
  const rest = text.replace(OPEN, '');
  const close = CLOSE.exec(rest);
  if (!close) throw new SyntaxError('the front matter opened by --- on line 1 is never closed by a --- line');
  const metadata = {};
  rest.slice(0, close.index).split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return; // blank lines and YAML comments
    const entry = ENTRY.exec(line);
    if (!entry) throw new SyntaxError(`front matter line ${i + 2} is not a "key: value" line: ${JSON.stringify(line.slice(0, 60))}`);
    metadata[entry[1]] = unquote(entry[2], i + 2);
  });
  return { metadata, body: rest.slice(close.index + close[0].length) };
}

/** The front matter block for `metadata` (string values), or '' if it has none. */
export function writeFrontMatter(metadata = {}) {
  const entries = Object.entries(metadata).filter(([, value]) => typeof value === 'string');
  if (!entries.length) return '';
  const value = (text) => (/^[^"'\s#][^#]*$/.test(text) && !/:\s/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text));
  return `---\n${entries.map(([key, text]) => `${key}: ${value(text)}`).join('\n')}\n---\n\n`;
}

// "double quotes" take JSON's escapes, 'single quotes' YAML's ('' is one quote).
function unquote(value, line) {
  if (value.startsWith('"')) {
    try {
      return JSON.parse(value);
    } catch {
      throw new SyntaxError(`front matter line ${line}: the quoted value is not closed or has a bad escape`);
    }
  }
  if (value.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(value)) throw new SyntaxError(`front matter line ${line}: the quoted value is not closed`);
    return value.slice(1, -1).replaceAll("''", "'");
  }
  return value.replace(/\s+#.*$/, ''); // a comment after a plain value
}
