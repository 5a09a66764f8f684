// One Python runtime per page, shared by every notebook and code block embedded in it, so a
// variable defined in one block is there in the next. It starts on the first run (Python is
// large: a page that only shows code never downloads it) or earlier if preloaded.
import { RuntimeClient } from '../runtime/client.mjs';
import { CellRunner } from '../app/cell-runner.js';
import { siteAssets } from '../app/site-assets.js';

let shared = null;
const onStart = [];
let lessonFiles = null;

/** The files Python sees beside the lesson (see RuntimeClient), for a runtime not started yet. */
export function setLessonFiles(files) {
  lessonFiles = files;
}

/** The page's runtime and its cell runner, started now if they were not yet. */
export function pageRuntime() {
  if (!shared) {
    const runtime = new RuntimeClient(siteAssets, { lessonFiles });
    shared = { runtime, runner: new CellRunner(runtime) };
    for (const callback of onStart.splice(0)) callback(runtime);
  }
  return shared;
}

/** Calls `callback(runtime)` once the page's runtime exists (at once if it does). */
export function whenStarted(callback) {
  if (shared) callback(shared.runtime);
  else onStart.push(callback);
}
