// Records what real PyTorch gives for every code cell of the course's lessons:
//   node scripts/record-lessons.mjs [LESSON ...]      (default: every lesson in web/lessons/)
// writes tests/lessons/<lesson>.json: per cell, its stdout and the repr of its last value; an
// exercise's cell is recorded as its solution, with the verdict of its checks.
// Needs Debian's python3-torch and python3-torchvision (/usr/bin/python3) and the
// dataset-fashion-mnist files. Tests never need PyTorch: they compare against these files.
// Lessons run in a temporary folder, as on the page: files a lesson saves stay there, and
// root="data" holds Fashion-MNIST unpacked as torchvision's download leaves it, so a lesson's
// `download=True` finds the data and downloads nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lessonFiles, parseLesson } from '../web/lesson-format/index.mjs';
import { decodePart } from '../web/lesson-format/exercise-encoding.mjs';
import { unpackedDatasets } from './python-programs.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const lessonsDir = join(root, 'web/lessons');
const recorder = join(root, 'scripts/lesson-recorder');
const PYTHON = '/usr/bin/python3';

const chosen = process.argv.slice(2);
const files = chosen.length ? chosen.map((f) => basename(f)) : lessonFiles(readdirSync(lessonsDir));
// Lessons read datasets with root="data", where our runtime finds the site's copy.
const datasets = unpackedDatasets();
process.on('exit', datasets.remove);
for (const file of files) {
  const cells = parseLesson(file, readFileSync(join(lessonsDir, file), 'utf8')).cells
    .filter((cell) => cell.type === 'code').map(({ source, exercise }) => ({
      source: exercise?.solution ? decodePart(exercise.solution) : source,
      checks: exercise?.checks ?? null,
    }));
  const recorded = execFileSync(PYTHON, [join(recorder, 'record_cells.py')], {
    input: JSON.stringify(cells), encoding: 'utf8', env: { ...process.env, PYTHONPATH: recorder }, maxBuffer: 64 << 20,
    cwd: datasets.folder,
  });
  const out = join(root, 'tests/lessons', file.replace(/\.(md|ipynb)$/, '.json'));
  writeFileSync(out, recorded);
  console.log(`recorded ${file}: ${cells.length} cells`);
}
