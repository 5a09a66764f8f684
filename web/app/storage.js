// Keeps a learner's edits in the browser, per lesson, so a reload or a crashed runtime loses
// nothing; and keeps lesson files opened from disk, which have no URL to fetch again.
const PREFIX = 'gradbook:v1:';

/** The saved cells of lesson `id`, or null. */
export function loadEdits(id) {
  return read(`edits:${id}`)?.cells ?? null;
}

/** Saves the cells of lesson `id`; returns an error message if the browser refused. */
export function saveEdits(id, cells) {
  return write(`edits:${id}`, { savedAt: new Date().toISOString(), cells });
}

export function forgetEdits(id) {
  localStorage.removeItem(`${PREFIX}edits:${id}`);
}

export function hasEdits(id) {
  return localStorage.getItem(`${PREFIX}edits:${id}`) !== null;
}

/** A lesson file opened from disk: { name, text }. */
export function loadOpenedFile(name) {
  return read(`opened:${name}`);
}

export function saveOpenedFile(name, text) {
  return write(`opened:${name}`, { name, text });
}

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + key));
  } catch {
    return null; // unreadable: as if nothing were saved
  }
}

function write(key, value) {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return null;
  } catch (error) {
    return error.name === 'QuotaExceededError'
      ? "the browser's storage for this site is full"
      : `the browser refused to store it (${error.message})`;
  }
}
