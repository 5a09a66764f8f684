// The pictures a lesson shows from its own folder (`![](img/sigmoid.png)`, `<img src="…">`), as
// data: URLs, for a single-file lesson, which has no folder to fetch them from. They are keyed
// by their path from the lessons folder as a URL spells it, which is how web/app/lesson-links.js
// finds them again once the page has resolved the lesson's relative URLs.
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { marked } from 'marked';
import { parseLesson } from '../web/lesson-format/index.mjs';

const IMAGE_TYPES = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.avif': 'image/avif', '.svg': 'image/svg+xml', '.bmp': 'image/bmp', '.ico': 'image/x-icon',
};
const HTML_SOURCE = /<(?:img|source|video)\b[^>]*?\s(?:src|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const FOLDER = 'file:///lessons/'; // stands for the lessons folder while references resolve

/** path from the lessons folder → data: URL, for each picture lesson `name` (text `text`) shows from `folder`. */
export async function lessonImages(folder, name, text) {
  const images = {};
  for (const reference of imageReferences(name, text)) {
    const url = new URL(reference, FOLDER + encodeURIComponent(name));
    if (!url.href.startsWith(FOLDER)) continue; // a picture from elsewhere is fetched as it is
    const path = url.href.slice(FOLDER.length).replace(/[?#].*/, '');
    const type = IMAGE_TYPES[extname(path).toLowerCase()];
    let file;
    try {
      file = join(folder, ...decodeURIComponent(path).split('/'));
      if (!type || !(await stat(file)).isFile()) continue;
    } catch {
      continue; // not there: the page shows the picture missing, as the site would
    }
    images[path] = `data:${type};base64,${(await readFile(file)).toString('base64')}`;
  }
  return images;
}

// The URLs of the pictures of the lesson's text cells, as written, where they have no scheme.
function imageReferences(name, text) {
  const references = new Set();
  for (const cell of parseLesson(name, text).cells) {
    if (cell.type !== 'markdown') continue;
    marked.walkTokens(marked.lexer(cell.source), (token) => {
      if (token.type === 'image') references.add(token.href);
      if (token.type === 'html') for (const match of token.raw.matchAll(HTML_SOURCE)) references.add(match[1] ?? match[2] ?? match[3]);
    });
  }
  return [...references].filter((reference) => reference && !/^([a-z][a-z\d+.-]*:|#)/i.test(reference));
}
