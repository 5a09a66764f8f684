// How far Python has got in starting, for the learner: the phase it is in, the bytes downloaded
// so far out of the total, and one bar across the whole start. The lesson page shows it as a
// card above the lesson (showRuntimeProgress); the runtime's badge names the phase (phaseLabel).
import { BOOT_PHASES } from '../runtime/boot-progress.mjs';

const PHASE_NAMES = { download: 'Download', compile: 'Compile', start: 'Start Python', import: 'Import torch' };
const PHASE_DOING = { download: 'Downloading Python', compile: 'Compiling Python', start: 'Starting Python', import: 'Importing torch' };
// The bar's share of each phase, roughly their times on a first visit: the download is most of it.
const SHARE = { download: 0.6, compile: 0.1, start: 0.15, import: 0.15 };

const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

// The badge's words, short enough for the toolbar to stay on one line.
const PHASE_BADGE = { download: 'Downloading…', compile: 'Compiling…', start: 'Starting Python…', import: 'Importing torch…' };

/** "Downloading…", "Importing torch…": the badge's words for `progress`. */
export const phaseLabel = ({ phase }) => PHASE_BADGE[phase];

/** "Downloading Python · 3.2 of 12.9 MB" (the total once it is known), "Starting Python…". */
function progressLabel(progress) {
  const { phase, received, total } = progress;
  if (phase !== 'download') return `${PHASE_DOING[phase]}…`;
  return `${PHASE_DOING.download} · ${total ? `${megabytes(received)} of ${megabytes(total)} MB` : `${megabytes(received)} MB`}`;
}

/** The part of the whole start done, from 0 to 1, or null while the download's size is unknown. */
function fractionDone({ phase, received, total }) {
  const before = BOOT_PHASES.slice(0, BOOT_PHASES.indexOf(phase)).reduce((sum, name) => sum + SHARE[name], 0);
  if (phase !== 'download') return before;
  return total ? SHARE.download * Math.min(1, received / total) : null;
}

/**
 * Keeps `element` showing the runtime's start while it loads: the phases (done, current, to
 * come), a bar and the bytes. Hidden once Python is ready or has failed (the badge says which).
 */
export function showRuntimeProgress(runtime, element) {
  element.classList.add('runtime-progress');
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.setAttribute('aria-label', 'Python is starting');
  const steps = document.createElement('ol');
  steps.className = 'runtime-phases';
  const items = Object.fromEntries(BOOT_PHASES.map((phase) => {
    const item = document.createElement('li');
    item.dataset.phase = phase;
    item.textContent = PHASE_NAMES[phase];
    steps.append(item);
    return [phase, item];
  }));
  const bytes = document.createElement('span');
  bytes.className = 'runtime-bytes';
  const note = document.createElement('p');
  note.className = 'runtime-note';
  note.textContent = 'Recorded outputs are shown until then; a cell you run now is queued and runs as soon as Python is ready.';
  const head = document.createElement('div');
  head.className = 'runtime-progress-head';
  head.append(steps, bytes);
  element.replaceChildren(head, bar, note);

  const render = () => {
    element.hidden = runtime.status !== 'loading';
    const progress = runtime.progress ?? { phase: 'download', received: 0, total: null };
    const current = BOOT_PHASES.indexOf(progress.phase);
    BOOT_PHASES.forEach((phase, i) => {
      items[phase].dataset.state = i < current ? 'done' : i === current ? 'current' : 'waiting';
    });
    element.dataset.phase = progress.phase;
    const fraction = fractionDone(progress);
    if (fraction === null) bar.removeAttribute('value'); // indeterminate
    else bar.value = fraction;
    bytes.textContent = progressLabel(progress);
  };
  runtime.addEventListener('status', render);
  runtime.addEventListener('progress', render);
  render();
}
