// Moving through the course: links to the previous and next lessons (and back to the index),
// above a course lesson and again at its end.

/**
 * The two navigation bars for lesson `file` of the course `lessons` ([{ file, title }]):
 * { top, bottom }, to put before and after the lesson.
 */
export function lessonNavigation(file, lessons) {
  const at = lessons.findIndex((lesson) => lesson.file === file);
  const previous = lessons[at - 1] ?? null;
  const next = at >= 0 ? lessons[at + 1] ?? null : null;
  const bar = (where) => {
    const nav = document.createElement('nav');
    nav.className = `lesson-nav lesson-nav-${where}`;
    nav.setAttribute('aria-label', where === 'top' ? 'Lessons' : 'Lessons (end of the lesson)');
    nav.append(
      link(previous, 'previous', '← Previous'),
      Object.assign(document.createElement('a'), {
        className: 'lesson-nav-index', href: './', textContent: `Lesson ${at + 1} of ${lessons.length} · All lessons`,
      }),
      link(next, 'next', 'Next →'),
    );
    return nav;
  };
  return { top: bar('top'), bottom: bar('bottom') };
}

// A link to a lesson with its title under the direction, or an empty place that keeps the
// other links where they are.
function link(lesson, rel, label) {
  if (!lesson) return Object.assign(document.createElement('span'), { className: `lesson-nav-${rel} lesson-nav-none` });
  const a = document.createElement('a');
  a.className = `lesson-nav-${rel}`;
  a.rel = rel === 'previous' ? 'prev' : 'next';
  a.href = `?lesson=${encodeURIComponent(lesson.file)}`;
  const direction = Object.assign(document.createElement('span'), { className: 'lesson-nav-direction', textContent: label });
  const title = Object.assign(document.createElement('span'), { className: 'lesson-nav-title', textContent: lesson.title });
  a.append(direction, title);
  return a;
}
