// The lesson part of a single-file lesson (dist/single/<lesson>.html): the lesson's text, the
// pictures it shows from its folder and its recorded outputs, in the page's <script type="application/json"
// id="gradbook-lesson"> block, which web/single/single.js reads. The rest of the page is the
// same for every lesson, so the site build (build-single.mjs) writes it around this block, and
// `gradbook lessons` makes a new lesson's single file from another's by swapping the block.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { recordedFile } from './course-index.mjs';
import { lessonImages } from './lesson-images.mjs';
import { shippedLesson } from '../web/lesson-format/shipped-lesson.mjs';

const BLOCK = /<script type="application\/json" id="gradbook-lesson">[\s\S]*?<\/script>/;

/** The single file's name for lesson file `name`. */
export const singleFileName = (name) => `${basename(name, extname(name))}.html`;

/**
 * The block for lesson `name` of `folder`, its exercises' solutions and checks encoded, with
 * `recorded` (its recorded outputs, or null), by default those beside it in a built site's folder.
 */
export async function lessonBlock(folder, name, recorded) {
  const text = shippedLesson(name, await readFile(join(folder, name), 'utf8'));
  const beside = join(folder, recordedFile(name));
  recorded ??= existsSync(beside) ? JSON.parse(await readFile(beside, 'utf8')) : null;
  const lesson = { name, text, images: await lessonImages(folder, name, text), recorded };
  return `<script type="application/json" id="gradbook-lesson">${inScript(JSON.stringify(lesson))}</script>`;
}

// Inline text must not end the element it sits in.
export const inScript = (text) => text.replace(/<\/(script)/gi, '<\\/$1');

/**
 * Writes single/<lesson>.html for each of `lessons` (files of `folder`) from a single file the
 * site's build made, if it has any, and removes those of lessons no longer there, as a build
 * would; returns the files written.
 */
export async function rewriteSingleFiles(site, folder, lessons) {
  const single = join(site, 'single');
  const built = (await readdir(single).catch(() => [])).filter((name) => name.endsWith('.html')).sort();
  if (!built.length) return [];
  const page = await readFile(join(single, built[0]), 'utf8');
  if (!BLOCK.test(page)) throw new Error(`${join(single, built[0])} is not a single-file lesson; build the site again`);
  const blocks = await Promise.all(lessons.map((name) => lessonBlock(folder, name)));
  const names = lessons.map(singleFileName);
  await Promise.all(built.filter((name) => !names.includes(name)).map((name) => rm(join(single, name))));
  return Promise.all(names.map(async (name, i) => {
    await writeFile(join(single, name), page.replace(BLOCK, () => blocks[i]));
    return join(single, name);
  }));
}
