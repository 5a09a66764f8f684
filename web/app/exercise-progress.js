// A learner's progress on a course's exercises, kept in this browser: per lesson and exercise,
// whether it passed, how many checks were run, how many hints and whether the solution were
// shown. A course is the folder its pages are served from, so two courses on one site keep
// their own. The teacher's copy is exportProgress(): a small JSON file (see docs).
import { PREFIX } from './storage.js';

/** The course of the page: the folder it is served from. */
export const currentCourse = () => new URL('./', document.baseURI).pathname;

const key = (course) => `${PREFIX}progress:${course}`;

/** The course's stored progress: { [lessonId]: { title, exercises: { [id]: ExerciseProgress } } }. */
export function courseProgress(course = currentCourse()) {
  try {
    const stored = JSON.parse(localStorage.getItem(key(course)));
    return stored && typeof stored === 'object' ? stored : {};
  } catch {
    return {}; // unreadable: as if nothing were stored
  }
}

/**
 * One lesson's progress, for its exercises to read and write. ExerciseProgress:
 * { passed, attempts, hintsShown, solutionShown, passedAt?, solutionShownAt? }. Fires 'change'.
 */
export class LessonProgress extends EventTarget {
  #course;
  #lesson;
  #title;
  problem = null; // why the browser refused to store the latest change, if it did

  constructor(lessonId, title, course = currentCourse()) {
    super();
    this.#course = course;
    this.#lesson = lessonId;
    this.#title = title;
  }

  /** The exercise's progress (a fresh one if none is stored). */
  get(exerciseId) {
    const stored = courseProgress(this.#course)[this.#lesson]?.exercises?.[exerciseId];
    return { passed: false, attempts: 0, hintsShown: 0, solutionShown: false, ...stored };
  }

  /** The progress of every exercise of the lesson that has some. */
  all() {
    return courseProgress(this.#course)[this.#lesson]?.exercises ?? {};
  }

  /** Applies `change(progress)` → new fields to exercise `exerciseId` and stores it. */
  update(exerciseId, change) {
    const progress = courseProgress(this.#course);
    const lesson = (progress[this.#lesson] ??= { exercises: {} });
    lesson.title = this.#title;
    lesson.exercises[exerciseId] = { ...this.get(exerciseId), ...change(this.get(exerciseId)) };
    try {
      localStorage.setItem(key(this.#course), JSON.stringify(progress));
      this.problem = null;
    } catch (error) {
      this.problem = `the browser refused to store it (${error.message})`;
    }
    this.dispatchEvent(new Event('change'));
  }
}

/**
 * The course's progress as a teacher collects it: { format, course, exportedAt, lessons:
 * [{ lesson, title, exercises: [{ id, passed, attempts, hintsShown, solutionShown, passedAt?,
 * solutionShownAt? }] }] }.
 */
export function exportProgress(course = currentCourse()) {
  const lessons = Object.entries(courseProgress(course)).map(([lesson, { title, exercises }]) => ({
    lesson: lesson.replace(/^lesson:/, ''),
    title,
    exercises: Object.entries(exercises).map(([id, progress]) => ({ id, ...progress })),
  }));
  return {
    format: 'gradbook-progress',
    version: 1,
    course: new URL(course, location.href).href,
    exportedAt: new Date().toISOString(),
    lessons,
  };
}
