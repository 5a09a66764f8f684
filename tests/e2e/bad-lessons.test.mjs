// Lesson files and lesson names that cannot be shown get a message that names the problem, and
// `?lesson=` never reaches outside the lessons folder, whatever the server decodes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from './harness.mjs';

let harness;
let folder; // the files to open: Playwright hands over large ones only from disk
before(async () => {
  harness = await startHarness();
  folder = await mkdtemp(join(tmpdir(), 'gradbook-bad-lessons-'));
});
after(async () => {
  await harness?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Chooses `name` with `text` through File → Open a lesson file… and reads the notice. */
async function openFile(name, text) {
  const { page } = await harness.open('');
  await writeFile(join(folder, name), text);
  await page.locator('#file-input').setInputFiles(join(folder, name));
  const notice = page.locator('#notice[data-event="open-failed"]');
  await notice.waitFor();
  return notice.evaluate((element) => element.firstChild.textContent);
}

const notebookWith = (cells) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });

test('Markdown nested 100,000 deep is refused, naming the line and the depth', async () => {
  assert.equal(
    await openFile('deep.md', `# Deep\n\n${'>'.repeat(100_000)} quoted\n`),
    'Could not open “deep.md”: line 3 of the Markdown is nested 100,000 levels deep (block quotes and lists); Gradbook shows at most 100',
  );
});

test('a 50 MB Markdown file is refused by its size', async () => {
  const text = `# Big\n\n${'All work and no play. '.repeat(50 * 2 ** 20 / 22)}`;
  assert.match(await openFile('big.md', text), /^Could not open “big\.md”: the Markdown has 52,428,\d{3} characters; Gradbook shows at most 5,000,000$/);
});

test("a notebook's Markdown cell nested too deep shows why in its place; the rest of the notebook works", async () => {
  const { page } = await harness.open('');
  const notebook = notebookWith([
    { cell_type: 'markdown', metadata: {}, source: `${'- '.repeat(100_000)}x` },
    { cell_type: 'markdown', metadata: {}, source: '# Still here' },
    { cell_type: 'code', metadata: {}, source: 'print(1)', outputs: [], execution_count: null },
  ]);
  await page.locator('#file-input').setInputFiles({ name: 'deep.ipynb', mimeType: 'application/json', buffer: Buffer.from(notebook) });
  await page.waitForURL(/[?&]file=/);
  assert.equal(
    await page.locator('.markdown-problem').textContent(),
    'This text is not shown: line 1 of the Markdown is nested 100,000 levels deep (block quotes and lists); Gradbook shows at most 100.',
  );
  assert.equal(await page.locator('.markdown-body h1').textContent(), 'Still here');
});

test("a file larger than the browser's storage says how large it is, not that storage is full", async () => {
  const output = { output_type: 'stream', name: 'stdout', text: 'x'.repeat(12_000_000) };
  const notebook = notebookWith([{ cell_type: 'code', metadata: {}, source: 'print()', outputs: [output], execution_count: 1 }]);
  assert.match(
    await openFile('large.ipynb', notebook),
    /^Could not open “large\.ipynb”: it cannot be kept in this browser: the browser would not keep 12\.\d MB for this site \(0\.0 MB of its storage is in use\)$/,
  );
});

// What the query names, and what URLSearchParams makes of it.
const ESCAPES = {
  '..%2Fsw.js': '../sw.js',
  '..%252Fsw.js': '..%2Fsw.js', // for a server that decodes twice
  '..%5Csw.js': '..\\sw.js', // for a server that takes \ for /
  '%2E%2E%2Fsw.js': '../sw.js',
  '..%2F..%2Fcourse%2Fgradbook%2Findex.html': '../../course/gradbook/index.html',
  '%2Fsw.js': '/sw.js',
  '..': '..',
  '.hidden.md': '.hidden.md',
};

for (const page of ['', 'embed.html']) {
  test(`${page || 'index.html'}?lesson= names only files in the lessons folder`, async () => {
    for (const [query, name] of Object.entries(ESCAPES)) {
      const opened = await harness.open(`${page}?lesson=${query}`);
      const message = page ? opened.page.locator('#lesson') : opened.page.locator('.page-error');
      await message.filter({ hasText: 'is not the name of a lesson' }).waitFor();
      assert.equal(
        await message.textContent(),
        `“${name}” is not the name of a lesson: a lesson is a .md or .ipynb file in the lessons folder, ` +
          'named with letters, digits, spaces and . , _ - + ( ) only.',
      );
      const fetched = await opened.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      assert.deepEqual(fetched.filter((url) => /lessons|sw\.js/.test(url)), [], query);
    }
  });
}

test('a lesson named plainly still opens', async () => {
  const { page, problems } = await harness.open('?lesson=01-gradients-and-backpropagation.md');
  await page.locator('.markdown-body h1').first().waitFor();
  assert.deepEqual(problems, []);
});
