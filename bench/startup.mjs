// W6: how long a learner waits. The built dist/ is served by scripts/serve.mjs and the first
// lesson is opened in Chromium with a fresh profile; "Run all" is pressed as soon as it exists, and the clock
// stops when the first cell output appears. Then the same page is reloaded three times (warm
// HTTP cache) and the median reload is reported.
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
    const url = `http://127.0.0.1:${server.address().port}/?lesson=01-gradients-and-backpropagation.md`;
    const fresh = await firstOutput(page, () => page.goto(url));
    const reloads = [];
    for (let i = 0; i < 3; i++) reloads.push(await firstOutput(page, () => page.reload()));
    reloads.sort((a, b) => a.ms - b.ms);
    const rows = [
      { workload: 'W6', size: 'fresh profile', env: 'chromium', engine: 'gradbook', median_ms: fresh.ms, bytes: fresh.bytes },
      { workload: 'W6', size: 'reload', env: 'chromium', engine: 'gradbook', median_ms: reloads[1].ms, bytes: reloads[1].bytes },
    ];
    rows.forEach((row) => log(row));
    return rows;
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
