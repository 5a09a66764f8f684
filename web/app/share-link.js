// A lesson's code, as the learner edited it, packed into a link: the code cells' text (never an
// exercise's checks, solution or hints: they are not in a cell's text) and the lesson's id, as
// JSON, deflated and base64url-encoded, after `#share=`. The fragment never reaches a server.
export const SHARE_PREFIX = '#share=';
// A link much longer than this is refused by some browsers and chat programs anyway.
export const MAX_LINK_CHARS = 100_000;
// Inflating stops here, so a small crafted link cannot fill the memory (a "zip bomb").
export const MAX_SHARED_BYTES = 2_000_000;

/** The `#share=…` fragment for the code cells' `sources` of lesson `lesson` (its id). */
export async function encodeShare(lesson, sources) {
  const json = new TextEncoder().encode(JSON.stringify({ v: 1, lesson, code: sources }));
  const deflated = await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
  return SHARE_PREFIX + toBase64url(new Uint8Array(deflated));
}

/**
 * { lesson, code } from a `#share=…` fragment; throws an Error whose message tells the learner
 * what is wrong with the link.
 */
export async function decodeShare(fragment) {
  const packed = fragment.slice(SHARE_PREFIX.length);
  if (packed.length > MAX_LINK_CHARS) throw new Error(`the link is too long (${packed.length} characters; at most ${MAX_LINK_CHARS})`);
  const bytes = fromBase64url(packed);
  const json = await inflate(bytes);
  let shared;
  try {
    shared = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw new Error('the link is damaged (its content is not a shared lesson)');
  }
  const { v, lesson, code } = shared ?? {};
  if (v !== 1 || typeof lesson !== 'string' || !Array.isArray(code) || !code.every((source) => typeof source === 'string')) {
    throw new Error('the link is damaged (its content is not a shared lesson)');
  }
  return { lesson, code };
}

async function inflate(bytes) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_SHARED_BYTES) {
        reader.cancel().catch(() => {});
        throw new RangeError(`the shared code is too large (more than ${MAX_SHARED_BYTES / 1e6} MB)`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof RangeError) throw new Error(error.message);
    throw new Error('the link is damaged (it could not be decompressed)');
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

function toBase64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link is damaged (it has characters a shared link never has)');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
