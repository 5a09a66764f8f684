// One line under the top bar that tells what just happened (a stop, a restart, a save that
// failed) and stays until the next notice or until it is dismissed.
const element = () => document.getElementById('notice');

/**
 * `message`: text, or a node (text with a link). kind: 'info' | 'warning' | 'error'; `tag` goes to
 * data-event for tests and styling.
 */
export function showNotice(message, { kind = 'info', tag = '' } = {}) {
  const notice = element();
  notice.replaceChildren(message);
  notice.dataset.kind = kind;
  notice.dataset.event = tag;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '✕';
  close.addEventListener('click', () => (notice.hidden = true));
  notice.append(close);
  notice.hidden = false;
}
