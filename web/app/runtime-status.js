// Keeps the toolbar's runtime badge in step with the Python runtime: loading → ready / failed.

const LABELS = {
  loading: (message) => message || 'Starting Python…',
  ready: () => 'Python ready',
  failed: (message) => `Python failed to start${message ? `: ${message}` : ''}`,
};

export function showRuntimeStatus(runtime, element) {
  const render = () => {
    element.dataset.status = runtime.status;
    element.textContent = LABELS[runtime.status](runtime.message);
  };
  runtime.addEventListener('status', render);
  render();
}
