// Every lesson of the course, run cell by cell: each cell must print exactly what PyTorch printed
// and give the same last value (tests/lessons/<lesson>.json, recorded from PyTorch by
// scripts/record-lessons.mjs). A cell whose value is a picture must give one; a cell writes to
// stderr (a progress bar, whose text holds timings) exactly where PyTorch's run did. An exercise
// runs its solution, which must pass its checks with PyTorch's verdict.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { lessonFiles, parseLesson } from '../../web/lesson-format/index.mjs';
import { decodePart } from '../../web/lesson-format/exercise-encoding.mjs';
import { verdictCode } from '../../web/app/exercise-verdict.js';
import { pythonRuntime } from '../python/harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const lessonsDir = join(root, 'web/lessons');
const lessons = lessonFiles(readdirSync(lessonsDir));
const PICTURES = [
  'application/vnd.gradbook.graph+json', 'application/vnd.gradbook.step-backward+json', 'application/vnd.gradbook.figure+json',
  'text/markdown',
];

let py;
before(async () => {
  py = await pythonRuntime({ traceBackward: true });
});

test('every lesson has a recording of its outputs', () => {
  const recordings = readdirSync(join(root, 'tests/lessons')).filter((f) => f.endsWith('.json'));
  assert.deepEqual(recordings, lessons.map((f) => f.replace(/\.(md|ipynb)$/, '.json')));
});

for (const file of lessons) {
  test(`${file} gives PyTorch's output in every cell`, () => {
    const recorded = JSON.parse(readFileSync(join(root, 'tests/lessons', file.replace(/\.(md|ipynb)$/, '.json')), 'utf8'));
    const cells = parseLesson(file, readFileSync(join(lessonsDir, file), 'utf8')).cells.filter((c) => c.type === 'code');
    assert.equal(cells.length, recorded.length, 'the recording is of this version of the lesson');
    py.runtime.reset();
    cells.forEach((cell, i) => {
      const reply = py.run(cell.exercise?.solution ? decodePart(cell.exercise.solution) : cell.source);
      const where = `${file}, code cell ${i + 1}`;
      assert.ok(reply.ok, `${where}:\n${reply.error?.traceback}`);
      assert.equal(reply.stdout, recorded[i].stdout, where);
      assert.equal(reply.stderr !== '', recorded[i].stderr, `${where} writes to stderr (a progress bar) where PyTorch's run did`);
      if (recorded[i].picture) {
        assert.ok(PICTURES.some((mime) => reply.result?.[mime] !== undefined), `${where} should show a picture`);
      } else {
        assert.equal(reply.result?.['text/plain'] ?? null, recorded[i].result, where);
      }
      if (cell.exercise?.checks) {
        const verdict = py.run(verdictCode(cell.exercise.checks));
        assert.equal(verdict.result?.['text/plain'], recorded[i].verdict, `${where}: the solution's verdict`);
        assert.match(recorded[i].verdict, /^✓ correct/, `${where}: the solution passes its checks`);
      }
    });
  });
}
