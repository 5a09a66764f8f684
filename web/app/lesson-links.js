// A lesson's relative links and images are written against the lesson file, as in any Markdown
// viewer (`![](img/sigmoid.png)` beside lessons/06-x.md), but a page elsewhere shows it:
// index.html, embed.html, a host page's <gradbook-notebook>, a single file. Once a text is
// rendered and sanitized, its relative URLs are resolved against the lesson's own URL; a link to
// another lesson of the same folder opens that lesson's page; on a single-file page the images
// the file carries inlined stand in for the files beside the lesson. Only URLs that survived
// sanitizing are touched, and only ones without a scheme, which resolve to the lesson's own.
import { checkLessonName } from './lesson-url.js';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;
const URL_ATTRIBUTES = [['a', 'href'], ['img', 'src'], ['source', 'src'], ['video', 'src'], ['video', 'poster'], ['audio', 'src']];

/**
 * @param {object} o
 * @param {string | URL} o.lesson  the lesson file's URL
 * @param {(file: string) => string | null} [o.lessonPage]  the URL of the page that shows lesson
 *        `file` of the same folder; null or no function: a link to it stays a link to the file
 * @param {Record<string, string>} [o.inlined]  an image's path from the lesson's folder → data: URL
 * @returns {(element: Element) => void} rewrites the relative URLs under `element`
 */
export function lessonLinks({ lesson, lessonPage = () => null, inlined = {} }) {
  const { protocol } = new URL(lesson);
  const folder = new URL('./', lesson).href;
  const inFolder = (url) => (url.href.startsWith(folder) ? url.href.slice(folder.length).replace(/[?#].*/, '') : null);

  const rewrite = (tag, value) => {
    const url = new URL(value, lesson);
    // The URL parser drops tabs and newlines that the sanitizer would have seen through: a
    // value that resolves to another scheme than the lesson's is no relative URL.
    if (url.protocol !== protocol) return null;
    const path = inFolder(url);
    if (path === null) return url.href;
    if (tag === 'a') return pageOf(path, url) ?? url.href;
    return Object.hasOwn(inlined, path) ? inlined[path] : url.href;
  };
  const pageOf = (path, url) => {
    let file;
    try {
      file = decodeURIComponent(path);
      checkLessonName(file);
    } catch {
      return null; // not a lesson: a data file, a picture, a folder
    }
    const page = lessonPage(file);
    return page === null ? null : page + url.hash;
  };

  return (element) => {
    for (const [tag, name] of URL_ATTRIBUTES) {
      for (const node of element.querySelectorAll(`${tag}[${name}]`)) {
        const value = node.getAttribute(name).trim();
        if (value === '' || value.startsWith('#') || HAS_SCHEME.test(value)) continue;
        const resolved = rewrite(tag, value);
        if (resolved === null) node.removeAttribute(name);
        else node.setAttribute(name, resolved);
      }
    }
  };
}
