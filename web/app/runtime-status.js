// Keeps the toolbar's runtime badge in step with the Python runtime: loading (the phase it is
// in: see runtime-progress.js) → ready / failed. A runtime that fails after it was ready has
// stopped (crashed), not failed to start.
import { phaseLabel } from './runtime-progress.js';

const LABELS = {
  loading: (message, wasReady, progress) => (progress ? phaseLabel(progress) : message || 'Starting Python…'),
  ready: () => 'Python ready',
  failed: (message, wasReady) => (wasReady
    ? `Python stopped${message ? `: ${message}` : ''} — Restart to continue`
    : `Python failed to start${message ? `: ${message}` : ''}`),
};

export function showRuntimeStatus(runtime, element) {
  let wasReady = false;
  const render = () => {
    if (runtime.status === 'loading') wasReady = false;
    if (runtime.status === 'ready') wasReady = true;
    element.dataset.status = runtime.status;
    element.textContent = LABELS[runtime.status](runtime.message, wasReady, runtime.progress);
  };
  runtime.addEventListener('status', render);
  runtime.addEventListener('progress', render);
  render();
}
