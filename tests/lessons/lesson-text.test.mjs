// The course's prose reads as a careful editor left it: the misspellings the seed lesson came
// with stay fixed in every lesson, and lesson 1 says what its code really does.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { lessonFiles, parseLesson } from '../../web/lesson-format/index.mjs';

const lessonsDir = fileURLToPath(new URL('../../web/lessons/', import.meta.url));
const text = (file) => readFileSync(join(lessonsDir, file), 'utf8');
const SEED = '01-gradients-and-backpropagation.md';
// The whole text of lesson 1's prose, its code cells left out.
const seedProse = () => parseLesson(SEED, text(SEED)).cells.filter((cell) => cell.type === 'markdown').map((cell) => cell.source).join('\n\n');

// Misspellings, as whole words (so "theme" or "this is" never match), case-sensitive where the
// right spelling differs only in an apostrophe ("Lets" is "Let's"; "lets" can be a real verb).
const MISSPELLINGS = [
  /\bmoutain/i, /\breleative/i, /\bforeward/i, /\bsoemthing/i, /\bderivtives/i,
  /\bdoesnt\b/i, /\bdont\b/i, /\bthats\b/i, /\bLets\b/,
  /\bthe the\b/i, /\bis is\b/i,
];

for (const file of lessonFiles(readdirSync(lessonsDir))) {
  test(`${file} has none of the misspellings the seed lesson came with`, () => {
    const found = MISSPELLINGS.filter((pattern) => pattern.test(text(file))).map((pattern) => text(file).match(pattern)[0]);
    assert.deepEqual(found, []);
  });
}

test('lesson 1 gives x its real shape, [3], not "1x3"', () => {
  assert.doesNotMatch(seedProse(), /1x3|1 x 3|1×3/);
  assert.match(seedProse(), /x has shape `\[3\]`/);
});

test('lesson 1 says a gradient tells the slope where one stands, not a map to the lowest point', () => {
  assert.doesNotMatch(seedProse(), /find the map to the lowest point/);
  assert.match(seedProse(), /there is no map/);
  assert.match(seedProse(), /how the ground slopes right where it stands/);
});

test('lesson 1 explains backward(ones_like(x)) as the gradient of z.sum()', () => {
  assert.match(seedProse(), /`z\.backward\(torch\.ones_like\(x\)\)` gives the same gradients as `z\.sum\(\)\.backward\(\)`/);
});
