// Runs the built site the way a user gets it: dist/ served from a sub-path of a static server and
// opened in headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser). It records
// every console error, uncaught exception and failed request, so a test can insist there are none.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/serve.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const PREFIX = '/course/gradbook/';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the picture `name` goes, test-output/e2e/<name>.png (the folder made if missing). */
export async function screenshotPath(name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  return `${SCREENSHOTS}${name}.png`;
}

/**
 * Starts the server and the browser; call close() when done. `isolate` serves the site
 * cross-origin isolated (as `npm start` does); without it, it is served as a plain static host.
 * `dist` is served at `prefix`.
 */
export async function startHarness({ dist = DIST, isolate = false, prefix = PREFIX } = {}) {
  const server = await serveStatic({ dir: dist, port: 0, prefix, isolate });
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    server.close();
    throw error;
  }

  // One browsing context per setting, shared by the file's pages: Chromium's caches (the
  // compiled Pyodide, the kept Python image) then serve every page after the first, which halves
  // a page's start. Each open() still starts as a first visit does: the pages opened before are
  // closed (so none of them can save edits any more) and localStorage is emptied.
  const contexts = new Map();
  const pages = [];
  const contextFor = (serviceWorkers) => {
    if (!contexts.has(serviceWorkers)) {
      const context = browser.newContext({ serviceWorkers });
      contexts.set(serviceWorkers, context);
      // A test may close its page's context; the next open() then starts a new one.
      context.then((opened) => opened.on('close', () => contexts.delete(serviceWorkers)));
    }
    return contexts.get(serviceWorkers);
  };

  return {
    url,

    /**
     * Opens `path` (relative to the site) in a new page, closing the pages opened before;
     * `problems` fills up as they happen.
     * `serviceWorkers: 'allow'` lets the site's service worker run (Playwright blocks it by default here).
     */
    async open(path = '', { viewport = { width: 1100, height: 900 }, serviceWorkers = 'block' } = {}) {
      await Promise.all(pages.splice(0).map((page) => page.close()));
      const context = await contextFor(serviceWorkers);
      const page = await context.newPage();
      pages.push(page);
      await page.setViewportSize(viewport);
      // localStorage belongs to the origin: clear it from an empty page of that origin, made up
      // here (the site's own pages may reload themselves; a missing one logs a 404). It names
      // its icon, or Chromium would ask the server for /favicon.ico and log that 404.
      const blank = new URL('/harness-blank', url).href;
      await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<link rel="icon" href="data:,">' }));
      await page.goto(blank);
      await page.evaluate(() => localStorage.clear());
      await page.unroute(blank);
      const problems = [];
      // The page's events carry its Python worker's messages and requests too.
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(new URL(path, url).href);
      return { page, problems };
    },

    async screenshot(page, name) {
      await page.evaluate(() => window.scrollTo(0, 0)); // else the sticky top bar lands mid-picture
      await page.screenshot({ path: await screenshotPath(name), fullPage: true });
    },

    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
