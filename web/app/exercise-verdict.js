// How an exercise's checks are run: one more piece of Python, queued right behind the learner's
// cell so it sees the namespace that cell left, that hands the still-encoded checks to
// gradbook._exercise.verdict. Its result is a verdict, never an exception.
export const VERDICT_MIME = 'application/vnd.gradbook.verdict+json';

/** The Python that checks the exercise; `checks` as the lesson gives them (encoded). */
export function verdictCode(checks) {
  // __import__ binds no name in the learner's namespace.
  return `__import__("gradbook._exercise", fromlist=["verdict"]).verdict(globals(), ${JSON.stringify(checks)})`;
}

/** The verdict in a run's result bundle: { passed, message, details }, or null if there is none. */
export const verdictOf = (bundle) => bundle?.[VERDICT_MIME] ?? null;
