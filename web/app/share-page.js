// The lesson page's side of share links (share-link.js): File › Copy link, and opening a link,
// which shows the shared code in place of the learner's own copy, without touching it, until they
// go back to their copy or keep the shared one (a bar above the lesson offers both all along).
import { showNotice } from './notice.js';
import { SHARE_PREFIX, decodeShare, encodeShare } from './share-link.js';

/**
 * lesson: { id, cells } from course.js; notebook(): the page's current Notebook;
 * show(cells): shows `cells` without saving them, as the shared version;
 * back(): shows the learner's own copy again; keep(): saves what is shown as the learner's copy
 * and returns why it could not, or null.
 */
export function setUpSharing({ lesson, notebook, show, back, keep, copyButton }) {
  copyButton.addEventListener('click', async () => {
    copyButton.closest('details').open = false;
    const sources = notebook().codeCells.map((cell) => cell.source);
    const link = new URL(location.href);
    link.hash = await encodeShare(lesson.id, sources);
    copyLink(link.href, lesson.id.startsWith('file:'));
  });

  const open = async () => {
    if (!location.hash.startsWith(SHARE_PREFIX)) return;
    let shared;
    try {
      shared = await decodeShare(location.hash);
    } catch (error) {
      leave();
      showNotice(`This shared link cannot be opened: ${error.message}. The lesson is shown as you left it.`, { kind: 'warning', tag: 'share-failed' });
      return;
    }
    if (shared.lesson !== lesson.id) {
      leave();
      showNotice('This shared link was made for another lesson, so it cannot be shown here. The lesson is shown as you left it.', { kind: 'warning', tag: 'share-failed' });
      return;
    }
    show(sharedCells(lesson.cells, shared.code));
    showSharedBar(() => {
      leave();
      back();
      showNotice('Your own copy of the lesson is back.', { tag: 'share-back' });
      return true;
    }, () => {
      if (!confirm('Replace your own copy of this lesson with the shared version?')) return false;
      leave();
      const problem = keep();
      if (problem) showNotice(`The shared version could not be kept as your copy: ${problem}.`, { kind: 'warning', tag: 'save-failed' });
      else showNotice('The shared version is now your copy of the lesson.', { tag: 'share-kept' });
      return true;
    });
  };
  addEventListener('hashchange', open); // a link to this very page, pasted in its address bar
  return open();
}

// The page's address without the shared link, so a reload shows what the page now shows.
const leave = () => history.replaceState(null, '', location.pathname + location.search);

/** Reset to original while a shared version is shown: the shared version is left (no choice to offer). */
export function leaveSharedVersion() {
  if (!document.getElementById('shared-version')) return;
  leave();
  document.getElementById('shared-version').remove();
}

// The bar that says a shared version is shown, with the way back to the learner's copy: it stays
// until they choose (a notice can be dismissed or replaced by the next one, and the way back
// must not go with it). back() and keep() return whether the choice was made.
function showSharedBar(back, keep) {
  document.getElementById('shared-version')?.remove();
  const bar = Object.assign(document.createElement('div'), { id: 'shared-version', className: 'notice shared-version' });
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Shared version');
  const message = document.createElement('span');
  message.append('You are looking at a shared version of this lesson; your own copy is kept as it was. Changes made here are not saved unless you keep this version. ');
  const actions = Object.assign(document.createElement('span'), { className: 'share-actions' });
  const choose = (choice) => () => choice() && bar.remove();
  actions.append(button('Back to my copy', 'share-back', choose(back)), button('Keep this as my copy', 'share-keep', choose(keep)));
  message.append(actions);
  bar.append(message);
  document.getElementById('notice').after(bar);
}

/**
 * The lesson's cells with the shared code in its code cells, in order: an exercise keeps its
 * checks from the lesson itself. Code cells the sharer added come after the lesson's.
 */
export function sharedCells(cells, code) {
  let next = 0;
  const shown = cells.map((cell) => (cell.type === 'code' && next < code.length ? { ...cell, source: code[next++] } : cell));
  return shown.concat(code.slice(next).map((source) => ({ type: 'code', source })));
}

async function copyLink(href, openedFromFile) {
  const where = openedFromFile ? ' It opens this lesson file only in a browser where it was opened before.' : '';
  try {
    await navigator.clipboard.writeText(href);
    showNotice(`A link to this lesson with your code is copied to the clipboard.${where}`, { tag: 'link-copied' });
  } catch {
    const message = document.createElement('label');
    message.className = 'share-field';
    const field = Object.assign(document.createElement('input'), { type: 'text', readOnly: true, value: href });
    message.append(`The browser did not let the page copy it: copy this link.${where} `, field);
    showNotice(message, { tag: 'link-shown' });
    field.focus();
    field.select();
  }
}

function button(label, id, onClick) {
  const element = Object.assign(document.createElement('button'), { type: 'button', id, textContent: label, className: 'button-quiet' });
  element.addEventListener('click', onClick);
  return element;
}
