// Search across the course's lessons, on its index page. The lessons are fetched the first time
// the learner searches (the site's own files, relative to the page, so it works from any
// sub-path and offline, where the service worker keeps them) and cut into sections at their
// headings (lesson-headings.js); a section matches when it holds every word typed, and each
// result links to its section with the words marked in a snippet.
import { parseLesson } from '../lesson-format/index.mjs';
import { courseLessonURL } from './lesson-url.js';
import { lessonSections } from './lesson-headings.js';

const MAX_RESULTS = 30;
const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;

/**
 * Puts the search box into `container` for `lessons` ([{ file, title }]); while it has words,
 * its results stand in place of `hides` (the list of lessons).
 */
export function showCourseSearch(container, lessons, { hides }) {
  container.className = 'course-search';
  const input = Object.assign(document.createElement('input'), {
    type: 'search', id: 'course-search', placeholder: 'Search the lessons', autocomplete: 'off', spellcheck: false,
  });
  input.setAttribute('aria-label', 'Search the lessons');
  input.setAttribute('aria-controls', 'search-results');
  const status = Object.assign(document.createElement('p'), { className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = Object.assign(document.createElement('ol'), { className: 'search-results', id: 'search-results' });
  container.replaceChildren(input, status, results);

  let sections = null; // the course's sections, once fetched
  const load = () => (sections ??= courseSections(lessons));
  input.addEventListener('focus', load, { once: true });
  let latest = 0;
  input.addEventListener('input', async () => {
    const query = input.value;
    const asked = ++latest;
    const words = wordsOf(query);
    hides.hidden = words.length > 0;
    if (!words.length) {
      status.textContent = '';
      results.replaceChildren();
      return;
    }
    let found;
    try {
      found = search(await load(), words);
    } catch (error) {
      sections = null; // try again on the next key
      status.textContent = `The lessons could not be searched: ${error.message}`;
      return;
    }
    if (asked !== latest) return; // a newer query is being answered
    const lessonsHit = new Set(found.map((hit) => hit.lesson.file)).size;
    status.textContent = found.length
      ? `${found.length} section${found.length === 1 ? '' : 's'} in ${lessonsHit} lesson${lessonsHit === 1 ? '' : 's'}`
      : `Nothing in the lessons matches “${query.trim()}”.`;
    results.replaceChildren(...found.slice(0, MAX_RESULTS).map((hit) => resultItem(hit, words)));
  });
}

const wordsOf = (query) => query.toLowerCase().split(/\s+/).filter(Boolean);

async function courseSections(lessons) {
  const texts = await Promise.all(lessons.map(async ({ file }) => {
    const response = await fetch(courseLessonURL(file, document.baseURI));
    if (!response.ok) throw new Error(`${file} could not be loaded (HTTP ${response.status})`);
    return response.text();
  }));
  return lessons.flatMap((lesson, i) => lessonSections(parseLesson(lesson.file, texts[i]).cells)
    .map((section) => ({ lesson, ...section, lower: `${section.heading?.text ?? ''} ${section.text}`.toLowerCase() })));
}

// Sections that hold every word, those whose heading holds them first, then in course order.
function search(sections, words) {
  const hits = sections.filter((section) => words.every((word) => section.lower.includes(word)));
  const inHeading = (hit) => words.every((word) => hit.heading?.text.toLowerCase().includes(word));
  return [...hits.filter(inHeading), ...hits.filter((hit) => !inHeading(hit))];
}

function resultItem({ lesson, heading, text }, words) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `?lesson=${encodeURIComponent(lesson.file)}${heading ? `#${encodeURIComponent(heading.id)}` : ''}`;
  const where = Object.assign(document.createElement('span'), { className: 'search-where' });
  where.append(marked(lesson.title, words));
  if (heading && heading.level > 1) where.append(' › ', marked(heading.text, words));
  const snippet = Object.assign(document.createElement('span'), { className: 'search-snippet' });
  snippet.append(marked(snippetOf(text, words), words));
  link.append(where, snippet);
  item.append(link);
  return item;
}

// The part of a section's text around the first word found in it.
function snippetOf(text, words) {
  const lower = text.toLowerCase();
  const first = Math.min(...words.map((word) => lower.indexOf(word)).filter((at) => at >= 0), text.length);
  const start = first === text.length ? 0 : Math.max(0, first - SNIPPET_BEFORE);
  const from = start ? text.indexOf(' ', start) + 1 || start : 0; // begin at a word
  const cut = from + SNIPPET_LENGTH;
  const end = cut >= text.length ? text.length : text.lastIndexOf(' ', cut) > from ? text.lastIndexOf(' ', cut) : cut; // end at a word
  return `${from ? '… ' : ''}${text.slice(from, end)}${end < text.length ? ' …' : ''}`;
}

// `text` as nodes, each place a word occurs in a <mark> (text nodes only: no markup is parsed).
function marked(text, words) {
  const fragment = document.createDocumentFragment();
  const lower = text.toLowerCase();
  let at = 0;
  while (at < text.length) {
    let next = -1;
    let length = 0;
    for (const word of words) {
      const found = lower.indexOf(word, at);
      if (found >= 0 && (next < 0 || found < next || (found === next && word.length > length))) {
        next = found;
        length = word.length;
      }
    }
    if (next < 0) break;
    fragment.append(text.slice(at, next), Object.assign(document.createElement('mark'), { textContent: text.slice(next, next + length) }));
    at = next + length;
  }
  fragment.append(text.slice(at));
  return fragment;
}
