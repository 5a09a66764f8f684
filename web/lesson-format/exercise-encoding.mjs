// An exercise's checks and solution travel encoded: in the course's shipped lesson files, in the
// page's memory and in the learner's stored edits, so opening the page's files in developer tools
// does not show them. It is a disguise, not a secret: each UTF-8 byte is XORed with
// (167 * i + 89) mod 256 and the bytes are base64'd after "gb1:"; a learner who knows this (or
// reads this file) can decode them. web/python/gradbook/_exercise.py undoes it for the checks.
const PREFIX = 'gb1:';

const mask = (i) => (i * 167 + 89) & 0xff;

export const isEncoded = (text) => text.startsWith(PREFIX);

/** `text` encoded (text already encoded is returned as it is). */
export function encodePart(text) {
  if (isEncoded(text)) return text;
  const bytes = new TextEncoder().encode(text).map((byte, i) => byte ^ mask(i));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return PREFIX + btoa(binary);
}

export function decodePart(encoded) {
  if (!isEncoded(encoded)) throw new SyntaxError('not an encoded exercise part');
  const binary = atob(encoded.slice(PREFIX.length));
  const bytes = Uint8Array.from(binary, (char, i) => char.charCodeAt(0) ^ mask(i));
  return new TextDecoder().decode(bytes);
}
