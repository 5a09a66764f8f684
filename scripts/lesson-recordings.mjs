// The recorded outputs the build ships with the course's Markdown lessons (see
// web/lesson-format/recorded-outputs.mjs): each lesson's recording from tests/lessons/, the one
// the tests check the lesson against. A recording of another version of its lesson (a different
// number of code cells) fails the build, naming the command that records it again.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseLesson } from '../web/lesson-format/index.mjs';
import { recordedOutputs } from '../web/lesson-format/recorded-outputs.mjs';

/** The name of a lesson's recording: tests/lessons/01-intro.json for 01-intro.md. */
export const recordingName = (file) => file.replace(/\.(md|ipynb)$/, '.json');

/**
 * file → recorded outputs (per code cell) for each Markdown lesson of `lessonsDir` that has a
 * recording in `recordingsDir` (none if that is null).
 */
export async function lessonRecordings(lessonsDir, files, recordingsDir) {
  if (!recordingsDir) return {};
  const recorded = {};
  for (const file of files.filter((name) => name.endsWith('.md'))) {
    const path = join(recordingsDir, recordingName(file));
    if (!existsSync(path)) continue;
    const recording = JSON.parse(await readFile(path, 'utf8'));
    const codeCells = parseLesson(file, await readFile(join(lessonsDir, file), 'utf8')).cells.filter((c) => c.type === 'code');
    if (recording.length !== codeCells.length) {
      throw new Error(`${path} records ${recording.length} code cells but ${file} has ${codeCells.length}: `
        + `record it again with node scripts/record-lessons.mjs ${file}`);
    }
    // An exercise's recording is its solution's output: the site must not ship the answer.
    recorded[file] = recordedOutputs(recording).map((outputs, i) => (codeCells[i].exercise ? [] : outputs));
  }
  return recorded;
}
