// Share links: a lesson's code in the URL fragment, and what a damaged or hostile link gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { MAX_LINK_CHARS, MAX_SHARED_BYTES, SHARE_PREFIX, decodeShare, encodeShare } from '../../web/app/share-link.js';

const packed = async (bytes) => {
  const deflated = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
  return SHARE_PREFIX + Buffer.from(deflated).toString('base64url');
};

test('a lesson’s code comes back from its link unchanged, and the link is compressed', async () => {
  const code = ['import torch\nx = torch.ones(3)  # «ünïcode» ✓', '', 'print(x * 2)\n'.repeat(200)];
  const link = await encodeShare('lesson:autograd.md', code);
  assert.match(link, /^#share=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < code.join('').length / 4, `link of ${link.length} characters`);
  assert.deepEqual(await decodeShare(link), { lesson: 'lesson:autograd.md', code });
});

test('garbage gives a clear error', async () => {
  await assert.rejects(decodeShare('#share=<script>alert(1)</script>'), { message: 'the link is damaged (it has characters a shared link never has)' });
  await assert.rejects(decodeShare('#share=AAAAAAAAAAAA'), { message: /^the link is damaged/ });
  await assert.rejects(decodeShare(await packed(new TextEncoder().encode('{"v":1,"lesson":"x","code":[1]}'))), { message: 'the link is damaged (its content is not a shared lesson)' });
  await assert.rejects(decodeShare(await packed(new Uint8Array([0xff, 0xfe, 0x00]))), { message: 'the link is damaged (its content is not a shared lesson)' });
});

test('a link that inflates beyond the cap is refused while inflating (a decompression bomb)', async () => {
  const bomb = await packed(new Uint8Array(MAX_SHARED_BYTES * 10)); // 20 MB of zeros
  assert.ok(bomb.length < MAX_LINK_CHARS, `bomb link of ${bomb.length} characters`);
  await assert.rejects(decodeShare(bomb), { message: 'the shared code is too large (more than 2 MB)' });
});

test('a link longer than any shared lesson needs is refused before decoding', async () => {
  await assert.rejects(decodeShare(SHARE_PREFIX + 'A'.repeat(MAX_LINK_CHARS + 1)), { message: /^the link is too long/ });
});
