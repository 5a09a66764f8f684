// The course's front page: its lessons in order, each a link to its notebook, marked when the
// learner has edited it in this browser and with how many of its exercises they passed.
import { loadCourseIndex } from './course.js';
import { hasEdits } from './storage.js';
import { lessonExercisesMark } from './exercise-summary.js';

export async function showCourseIndex(container) {
  const lessons = await loadCourseIndex();
  document.title = 'Gradbook · Course';
  const heading = document.createElement('h1');
  heading.textContent = 'Autograd, step by step';
  const intro = document.createElement('p');
  intro.className = 'course-intro';
  intro.textContent = 'Lessons with PyTorch code you run and change right here: the Python runs in your browser.';
  const list = document.createElement('ol');
  list.className = 'lesson-list';
  for (const { file, title, exercises } of lessons) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `?lesson=${encodeURIComponent(file)}`;
    link.textContent = title;
    item.append(link);
    if (hasEdits(`lesson:${file}`)) {
      const edited = document.createElement('span');
      edited.className = 'badge badge-edited';
      edited.textContent = 'edited';
      item.append(' ', edited);
    }
    const mark = lessonExercisesMark(`lesson:${file}`, exercises);
    if (mark) item.append(' ', mark);
    list.append(item);
  }
  container.replaceChildren(heading, intro, list);
}
