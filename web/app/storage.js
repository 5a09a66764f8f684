// Keeps a learner's edits in the browser, per lesson, so a reload or a crashed runtime loses
// nothing; and keeps lesson files opened from disk, which have no URL to fetch again.
export const PREFIX = 'gradbook:v1:';

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

/** Calls `onChange(cells | null)` whenever another tab saves (or forgets) the edits of lesson `id`. */
export function watchEdits(id, onChange) {
  addEventListener('storage', (event) => {
    if (event.key === `${PREFIX}edits:${id}`) onChange(parse(event.newValue)?.cells ?? null);
  });
}

// Lesson files opened from disk are kept under a key made from their content, so two different
// files with one name are two lessons, each with its own edits.

/** A kept lesson file: { name, text, openedAt }, or null. */
export function loadOpenedFile(key) {
  return read(`file:${key}`);
}

/** Keeps a lesson file opened from disk: { key, problem } (problem: why it could not be kept). */
export function saveOpenedFile(name, text) {
  const key = contentKey(text);
  return { key, problem: write(`file:${key}`, { name, text, openedAt: new Date().toISOString() }) };
}

/** The other kept files named `name`: [{ key, openedAt }], latest first. */
export function namesakes(name, key) {
  const found = [];
  for (let i = 0; i < localStorage.length; i++) {
    const stored = localStorage.key(i);
    if (!stored.startsWith(`${PREFIX}file:`) || stored === `${PREFIX}file:${key}`) continue;
    const file = read(stored.slice(PREFIX.length));
    if (file?.name === name) found.push({ key: stored.slice(`${PREFIX}file:`.length), openedAt: file.openedAt });
  }
  return found.sort((a, b) => String(b.openedAt).localeCompare(String(a.openedAt)));
}

/**
 * Moves a file kept by its name (as files opened before were) and its edits to the key of its
 * content; returns that key, or null if no such file is kept.
 */
export function moveFileKeptByName(name) {
  const legacy = read(`opened:${name}`);
  if (!legacy) return null;
  const key = contentKey(legacy.text);
  if (!hasEdits(`file:${key}`)) move(`edits:opened:${name}`, `edits:file:${key}`);
  move(`opened:${name}`, `file:${key}`);
  return key;
}

// Frees the old key before writing the new one, so a nearly full storage still has room.
function move(from, to) {
  const value = localStorage.getItem(PREFIX + from);
  if (value === null) return;
  localStorage.removeItem(PREFIX + from);
  try {
    localStorage.setItem(PREFIX + to, value);
  } catch (error) {
    localStorage.setItem(PREFIX + from, value);
    throw error;
  }
}

// 64 bits from two 32-bit FNV-1a hashes with different primes: names for a learner's few files.
function contentKey(text) {
  let a = 0x811c9dc5;
  let b = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return [a, b].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

function read(key) {
  return parse(localStorage.getItem(PREFIX + key));
}

function parse(json) {
  try {
    return JSON.parse(json);
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
