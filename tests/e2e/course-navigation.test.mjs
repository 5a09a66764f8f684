// Moving through the course: the index lists each lesson with its description and finds words
// across the lessons; a lesson links to the ones before and after it and lists its sections, in
// a sidebar on a wide screen and a menu on a phone. Nothing here needs Python. Screenshots at
// desktop, 1920 px and phone sizes go to test-output/e2e/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { screenshotPath, startHarness } from './harness.mjs';
import { lessonHeadings } from '../../web/app/lesson-headings.js';
import { parseLesson } from '../../web/lesson-format/index.mjs';

const ROOT = new URL('../../', import.meta.url);
const { lessons } = JSON.parse(readFileSync(new URL('dist/lessons/index.json', ROOT), 'utf8'));
const DESKTOP = { width: 1100, height: 900 };
const WIDE = { width: 1920, height: 1080 };
const SIDEBAR = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A lesson's sections as its file gives them: [{ text, id }] for its level 2 and 3 headings. */
function sectionsOf(file) {
  const { cells } = parseLesson(file, readFileSync(new URL(`web/lessons/${file}`, ROOT), 'utf8'));
  return lessonHeadings(cells).flat().filter((h) => h.level === 2 || h.level === 3).map(({ text, id }) => ({ text, id }));
}

const lessonAddress = (page) => decodeURIComponent(new URL(page.url()).search);

// Leaving a lesson before Python has started stops its downloads: those requests end aborted.
// Any other problem counts.
const unexpected = (problems) => problems.filter((problem) => !/^request failed: .* net::ERR_ABORTED$/.test(problem));

/** A picture of what the window shows now (the page as it is scrolled). */
const screenshotOfWindow = async (page, name) => page.screenshot({ path: await screenshotPath(name) });

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

test('the index gives each lesson its one-line description from its front matter, with a place for its marks', async () => {
  for (const [name, viewport] of [['desktop', DESKTOP], ['1920', WIDE], ['phone', PHONE]]) {
    const { page, problems } = await harness.open('', { viewport });
    await page.locator('.lesson-list li').first().waitFor();
    const shown = await page.locator('.lesson-list > li').evaluateAll((items) => items.map((item) => ({
      title: item.querySelector('a').textContent,
      description: item.querySelector('.lesson-description')?.textContent,
      marks: item.querySelectorAll('.lesson-marks').length,
    })));
    assert.deepEqual(shown, lessons.map(({ title, description }) => ({ title, description, marks: 1 })));
    assert.ok(lessons.every((lesson) => lesson.description), 'every lesson of the course has a description');
    assert.equal(await page.getByText('description:').count(), 0);
    await harness.screenshot(page, `course-index-${name}`);
    assert.deepEqual(problems, []);
  }
});

test("a lesson's front matter is not shown as prose", async () => {
  const { page } = await harness.open(`?lesson=${lessons[0].file}`);
  await page.locator('.cell-markdown h1').first().waitFor();
  assert.equal(await page.locator('.cell-markdown hr').count(), 0);
  assert.doesNotMatch(await page.locator('#notebook').textContent(), /description:/);
});

test('search finds a word of lesson 5 and leads to its section', async () => {
  const { page, problems } = await harness.open('', { viewport: DESKTOP });
  const search = page.getByRole('searchbox', { name: 'Search the lessons' });
  await search.fill('moons');
  const results = page.locator('.search-results li');
  await results.first().waitFor();
  assert.ok(await page.locator('.lesson-list').isHidden(), 'the results stand in place of the list');
  const where = await results.locator('.search-where').allTextContents();
  assert.ok(where.length > 0 && where.every((text) => text.startsWith(lessons[4].title)), where.join('; '));
  assert.deepEqual(await results.first().locator('mark').allTextContents(), ['moons']);
  assert.match(await page.locator('.search-status').textContent(), /^\d+ sections? in 1 lesson$/);

  await search.fill('decision boundary');
  await page.locator('.search-results li', { hasText: 'The decision boundary' }).first().waitFor();
  await harness.screenshot(page, 'course-search');
  await page.locator('.search-results a', { hasText: 'The decision boundary' }).first().click();
  await page.waitForURL(/\?lesson=05-training-a-classifier\.md#the-decision-boundary$/);
  const heading = page.locator('#the-decision-boundary');
  await heading.waitFor();
  assert.equal(await heading.textContent(), 'The decision boundary');
  await page.waitForFunction(() => {
    const top = document.getElementById('the-decision-boundary').getBoundingClientRect().top;
    return top >= 0 && top < innerHeight / 2;
  });

  await page.goto(new URL('./', page.url()).href);
  await search.fill('no lesson has this word xylophone');
  await page.locator('.search-status', { hasText: 'Nothing in the lessons matches “no lesson has this word xylophone”.' }).waitFor();
  assert.equal(await page.locator('.search-results li').count(), 0);
  await search.fill('');
  assert.ok(await page.locator('.lesson-list').isVisible(), 'an empty search shows the lessons again');
  assert.deepEqual(unexpected(problems), []);
});

test('each lesson links to the lessons before and after it, at its top and at its end', async () => {
  const { page, problems } = await harness.open(`?lesson=${lessons[1].file}`);
  const top = page.locator('.lesson-nav-top');
  await top.waitFor();
  assert.equal(await top.locator('a[rel="prev"] .lesson-nav-title').textContent(), lessons[0].title);
  assert.equal(await top.locator('a[rel="next"] .lesson-nav-title').textContent(), lessons[2].title);
  assert.equal(await top.locator('.lesson-nav-index').textContent(), `Lesson 2 of ${lessons.length} · All lessons`);
  const bottom = page.locator('.lesson-nav-bottom');
  assert.ok(await bottom.evaluate((nav) => nav.previousElementSibling.id === 'notebook'), 'the second set follows the lesson');

  await bottom.locator('a[rel="next"]').click();
  await page.waitForURL((url) => decodeURIComponent(url.search) === `?lesson=${lessons[2].file}`);
  await page.locator('.lesson-nav-top a[rel="prev"]').click();
  await page.waitForURL((url) => decodeURIComponent(url.search) === `?lesson=${lessons[1].file}`);
  await page.locator('.lesson-nav-top .lesson-nav-index').click();
  await page.locator('.lesson-list').waitFor();
  assert.equal(new URL(page.url()).search, '');

  await page.goto(new URL(`?lesson=${lessons[0].file}`, harness.url).href);
  await page.locator('.lesson-nav-top').waitFor();
  assert.equal(await page.locator('.lesson-nav-top a[rel="prev"]').count(), 0, 'the first lesson has none before it');
  await page.goto(new URL(`?lesson=${lessons.at(-1).file}`, harness.url).href);
  await page.locator('.lesson-nav-top').waitFor();
  assert.equal(await page.locator('.lesson-nav-bottom a[rel="next"]').count(), 0, 'the last lesson has none after it');
  assert.equal(lessonAddress(page), `?lesson=${lessons.at(-1).file}`);
  assert.deepEqual(unexpected(problems), []);
});

test("on a wide screen the lesson's contents are a sidebar beside it that leads to each section", async () => {
  const lesson = lessons[5];
  const { page, problems } = await harness.open(`?lesson=${lesson.file}`, { viewport: SIDEBAR });
  const contents = page.getByRole('navigation', { name: 'Contents of this lesson' });
  await contents.locator('a').first().waitFor();
  const expected = sectionsOf(lesson.file);
  assert.deepEqual(await contents.locator('a').allTextContents(), expected.map((s) => s.text));
  assert.deepEqual(await contents.locator('a').evaluateAll((links) => links.map((a) => a.hash)), expected.map((s) => `#${s.id}`));
  const [sidebar, notebook] = await Promise.all([contents.boundingBox(), page.locator('#notebook').boundingBox()]);
  assert.ok(sidebar.x + sidebar.width <= notebook.x + 16, `the sidebar (${JSON.stringify(sidebar)}) is beside the lesson (${JSON.stringify(notebook)})`);

  const target = expected.at(-1);
  await contents.locator('a', { hasText: target.text }).click();
  await page.waitForFunction((id) => {
    const top = document.getElementById(id).getBoundingClientRect().top;
    return top >= 0 && top < 200;
  }, target.id);
  assert.ok(await contents.locator('a').first().isVisible(), 'the sidebar stays in view');
  await screenshotOfWindow(page, 'lesson-contents-sidebar-1400');
  await page.setViewportSize(WIDE);
  await screenshotOfWindow(page, 'lesson-contents-sidebar-1920');
  assert.deepEqual(problems, []);
});

test("on a phone the lesson's contents are a menu that closes once a section is chosen", async () => {
  const lesson = lessons[2];
  const { page, problems } = await harness.open(`?lesson=${lesson.file}`, { viewport: PHONE });
  const contents = page.getByRole('navigation', { name: 'Contents of this lesson' });
  const menu = contents.locator('summary', { hasText: 'Contents' });
  await menu.waitFor();
  assert.ok(await contents.locator('a').first().isHidden(), 'the menu starts closed');
  await screenshotOfWindow(page, 'lesson-phone');
  await menu.click();
  const expected = sectionsOf(lesson.file);
  assert.deepEqual(await contents.locator('a').allTextContents(), expected.map((s) => s.text));
  await screenshotOfWindow(page, 'lesson-phone-contents');
  await contents.locator('a', { hasText: expected[2].text }).click();
  await page.waitForFunction((id) => {
    const top = document.getElementById(id).getBoundingClientRect().top;
    return top >= 0 && top < 250;
  }, expected[2].id);
  assert.ok(await contents.locator('a').first().isHidden(), 'choosing a section closes the menu');
  assert.ok(await menu.isVisible(), 'the menu stays at the top of the window');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await screenshotOfWindow(page, 'lesson-phone-end');
  assert.deepEqual(problems, []);
});
