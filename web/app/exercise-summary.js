// The learner's progress on exercises, where they look for it: a line at the top of a lesson
// (how many of its exercises passed, each a link to its cell) and a mark per lesson on the
// course index. Both read exercise-progress.js.
import { courseProgress } from './exercise-progress.js';

/**
 * Shows the lesson's exercises above `container` (nothing for a lesson without any) and keeps
 * the line up to date as `progress` changes; `cellOf(id)` finds an exercise's cell to scroll to.
 */
export function showLessonExercises({ exercises, progress, container, cellOf }) {
  if (!exercises.length) return;
  const line = document.createElement('nav');
  line.className = 'exercise-summary';
  line.setAttribute('aria-label', 'Exercises in this lesson');
  const update = () => {
    const states = progress.all();
    const passed = exercises.filter((id) => states[id]?.passed).length;
    const count = document.createElement('span');
    count.className = 'exercise-summary-count';
    count.textContent = `Exercises: ${passed} of ${exercises.length} passed`;
    const links = exercises.map((id, i) => {
      const link = document.createElement('a');
      link.href = '#';
      link.className = 'exercise-summary-link';
      link.dataset.passed = String(Boolean(states[id]?.passed));
      link.textContent = `${states[id]?.passed ? '✓' : '○'} Exercise ${i + 1}`;
      link.title = states[id]?.passed ? `Exercise ${i + 1} (${id}): passed` : `Exercise ${i + 1} (${id}): not passed yet`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        cellOf(id)?.element.scrollIntoView({ behavior: 'smooth', block: 'start' });
      });
      return link;
    });
    line.replaceChildren(count, ...links);
  };
  update();
  progress.addEventListener('change', update);
  container.before(line);
}

/** The course index's mark for a lesson with `exercises` (ids): "1 of 2 exercises ✓", or null. */
export function lessonExercisesMark(lessonId, exercises) {
  if (!exercises?.length) return null;
  const states = courseProgress()[lessonId]?.exercises ?? {};
  const passed = exercises.filter((id) => states[id]?.passed).length;
  const mark = document.createElement('span');
  mark.className = 'badge badge-exercises';
  mark.dataset.done = String(passed === exercises.length);
  mark.textContent = `${passed === exercises.length ? '✓ ' : ''}${passed} of ${exercises.length} exercise${exercises.length === 1 ? '' : 's'}`;
  return mark;
}
