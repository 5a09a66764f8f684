// How a running cell waits for an answer to input(). Python runs synchronously in the worker, so
// it cannot wait for a message; it waits instead on a SharedArrayBuffer the page writes the
// answer into (Atomics.wait), which exists only where the page is cross-origin isolated.
//
// The buffer holds a state, the answer's length in bytes and the answer as UTF-8. The worker
// sets WAITING before it asks; the page writes an answer (ANSWERED), end of input (EOF) or, on
// Stop, CANCELLED, and wakes it.

const WAITING = 0;
const ANSWERED = 1;
const EOF = 2;
const CANCELLED = 3;

/** The longest answer, in UTF-8 bytes; the page's field takes at most a quarter as many characters. */
export const ANSWER_BYTES = 1 << 18;
export const ANSWER_CHARACTERS = ANSWER_BYTES / 4;

/** A new channel's buffer, made by the page and sent to the worker. */
export function inputChannel() {
  return new SharedArrayBuffer(8 + ANSWER_BYTES);
}

const stateOf = (buffer) => new Int32Array(buffer, 0, 2);

function settle(buffer, state) {
  const header = stateOf(buffer);
  Atomics.store(header, 0, state);
  Atomics.notify(header, 0);
}

/** The page's side: answers the question the worker waits on (null: end of input). */
export function answer(buffer, text) {
  if (text === null) return settle(buffer, EOF);
  const bytes = new TextEncoder().encode(text).slice(0, ANSWER_BYTES);
  new Uint8Array(buffer, 8, bytes.length).set(bytes);
  Atomics.store(stateOf(buffer), 1, bytes.length);
  settle(buffer, ANSWERED);
}

/** The page's side: Stop; the worker stops waiting without an answer. */
export function cancel(buffer) {
  settle(buffer, CANCELLED);
}

/** The worker's side: `ask()` (which shows the question), then block until the page settles it. */
export function waitForAnswer(buffer, ask) {
  const header = stateOf(buffer);
  Atomics.store(header, 0, WAITING);
  ask();
  while (Atomics.load(header, 0) === WAITING) Atomics.wait(header, 0, WAITING);
  const state = Atomics.load(header, 0);
  if (state === EOF) return { eof: true };
  if (state === CANCELLED) return { cancelled: true };
  // Copied out first: TextDecoder refuses views of shared memory.
  return { answer: new TextDecoder().decode(new Uint8Array(buffer, 8, Atomics.load(header, 1)).slice()) };
}
