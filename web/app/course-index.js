// The course's front page: a search box over every lesson's text, then the lessons in order, each
// a link to its notebook with its one-line description, marked when the learner has edited it in
// this browser and with how many of its exercises they passed.
import { loadCourseIndex } from './course.js';
import { showCourseSearch } from './course-search.js';
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
  const search = document.createElement('div');
  const list = document.createElement('ol');
  list.className = 'lesson-list';
  for (const { file, title, description, exercises } of lessons) {
    const item = document.createElement('li');
    item.dataset.lesson = file;
    const head = document.createElement('div');
    head.className = 'lesson-head';
    const link = document.createElement('a');
    link.href = `?lesson=${encodeURIComponent(file)}`;
    link.textContent = title;
    // The lesson's marks: what the learner has done with it in this browser (edited, and
    // whatever else is kept per lesson, such as exercises passed), each a .badge in here.
    const marks = document.createElement('span');
    marks.className = 'lesson-marks';
    if (hasEdits(`lesson:${file}`)) {
      const edited = document.createElement('span');
      edited.className = 'badge badge-edited';
      edited.textContent = 'edited';
      marks.append(edited);
    }
    const exercisesMark = lessonExercisesMark(`lesson:${file}`, exercises);
    if (exercisesMark) marks.append(exercisesMark);
    head.append(link, marks);
    item.append(head);
    if (description) {
      const summary = document.createElement('p');
      summary.className = 'lesson-description';
      summary.textContent = description;
      item.append(summary);
    }
    list.append(item);
  }
  container.replaceChildren(heading, intro, search, list);
  showCourseSearch(search, lessons, { hides: list });
}
