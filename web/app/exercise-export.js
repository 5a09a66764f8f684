// File ▸ Export exercise progress: the course's progress as a small JSON file the learner hands
// to a teacher (its fields: exportProgress in exercise-progress.js, and docs/writing-lessons.md).
import { download } from './download.js';
import { exportProgress } from './exercise-progress.js';

export function setUpProgressExport(button) {
  button.addEventListener('click', () => {
    button.closest('details')?.removeAttribute('open');
    download('gradbook-progress.json', JSON.stringify(exportProgress(), null, 2) + '\n', 'application/json');
  });
}
