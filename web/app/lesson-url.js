// `?lesson=<file>` (index.html and embed.html) names a file of the course's lessons/ folder and
// nothing else, so it must be a plain file name. Encoding it is not enough: servers differ in
// what they decode in a path (some turn %2F or %5C back into a separator, some decode twice), and
// `lessons/..%2Fsw.js` would then be the site's service worker.
const LESSON_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_ .,()+-]*\.(md|ipynb)$/u;

/** Throws unless `file` can name a lesson (the build checks the course's own files too). */
export function checkLessonName(file) {
  if (!LESSON_NAME.test(file)) {
    throw new Error(`“${file}” is not the name of a lesson: a lesson is a .md or .ipynb file in the lessons folder, ` +
      'named with letters, digits, spaces and . , _ - + ( ) only.');
  }
}

/** The URL of the course's lesson `file`, relative to `base`; throws if `file` cannot be one. */
export function courseLessonURL(file, base) {
  checkLessonName(file);
  return new URL(`lessons/${encodeURIComponent(file)}`, base);
}
