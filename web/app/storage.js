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
  const text = JSON.stringify(value);
  try {
    localStorage.setItem(PREFIX + key, text);
    return null;
  } catch (error) {
    if (error.name !== 'QuotaExceededError') return `the browser refused to store it (${error.message})`;
    // Say how much was asked and how much is kept already: the site's storage may be empty and
    // this one item too large for the browser's quota, or full of other lessons' edits.
    const kept = Object.entries(localStorage).reduce((sum, [name, stored]) => sum + name.length + stored.length, 0);
    return `the browser would not keep ${megabytes(text.length)} for this site (${megabytes(kept)} of its storage is in use)`;
  }
}

const megabytes = (characters) => `${(characters / 1e6).toFixed(1)} MB`;
