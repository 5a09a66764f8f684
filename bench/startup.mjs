// W6: how long a learner waits. The built dist/ is served by scripts/serve.mjs and opened in
// Chromium with a fresh profile; "Run all" is pressed as soon as it exists, and the clock
// stops when the first cell output appears. Then the same page is reloaded (warm HTTP cache).
// Bytes are what went over the network, headers included, workers' requests too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { serveStatic } from '../scripts/serve.mjs';

async function firstOutput(page, load) {
  let bytes = 0;
  const counted = [];
  const onFinished = (request) => counted.push(request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)));
  page.context().on('requestfinished', onFinished);
  const started = performance.now();
  await load();
  await page.getByRole('button', { name: 'Run all' }).click();
  await page.locator('.cell-code .output pre').first().waitFor({ timeout: 120_000 });
  const ms = performance.now() - started;
  page.context().off('requestfinished', onFinished);
  await Promise.all(counted);
  return { ms, bytes };
}

export async function measureStartup({ root, args, log = () => {} }) {
  const server = await serveStatic({ dir: join(root, 'dist'), port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'gradbook-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `http://127.0.0.1:${server.address().port}/`;
    const rows = [];
    for (const [size, load] of [['fresh profile', () => page.goto(url)], ['reload', () => page.reload()]]) {
      const { ms, bytes } = await firstOutput(page, load);
      rows.push({ workload: 'W6', size, env: 'chromium', engine: 'gradbook', median_ms: ms, bytes });
      log(rows.at(-1));
    }
    return rows;
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
