// A single-file lesson carries the runtime's files inside its HTML, each gzipped and base64-encoded
// in a <script type="application/gzip" data-file="name" data-type="mime type"> block. Unpacked,
// they become Blobs, handed to the runtime's worker: the page needs no server and works from
// file://.

/** name → Blob for every inlined file of the page. */
export async function unpackInlineFiles() {
  const blocks = [...document.querySelectorAll('script[type="application/gzip"][data-file]')];
  const files = await Promise.all(blocks.map(async (block) => {
    const packed = await fetch(`data:application/gzip;base64,${block.textContent.trim()}`);
    const bytes = await new Response(packed.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    block.remove(); // the page need not keep megabytes of text once they are blobs
    return new Blob([bytes], { type: block.dataset.type });
  }));
  return Object.fromEntries(blocks.map((block, i) => [block.dataset.file, files[i]]));
}
