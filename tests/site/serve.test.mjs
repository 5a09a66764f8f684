// The static server the e2e tests and `npm start` rely on: MIME types, sub-path hosting, 404s and
// no way out of the served directory.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve.mjs';

let parent, server, port;
before(async () => {
  parent = await mkdtemp(join(tmpdir(), 'gradbook-serve-'));
  const site = join(parent, 'site');
  await mkdir(join(site, 'lessons'), { recursive: true });
  await writeFile(join(parent, 'secret.txt'), 'outside the site');
  const files = { 'index.html': '<!doctype html>', 'app.mjs': '', 'engine.wasm': '', 'index.json': '{}', 'stdlib.zip': '', 'font.woff2': '', 'lessons/index.html': 'lessons' };
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(site, name), text)));
  server = await serveStatic({ dir: site, port: 0, prefix: '/course/gradbook/' });
  port = server.address().port;
});
after(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(parent, { recursive: true, force: true });
});

// Raw requests, because fetch() would tidy up '..' in the path before sending it.
function get(path, method = 'GET', headers = {}) {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body }));
    }).on('error', reject).end();
  });
}

test('serves files with their MIME types', async () => {
  const types = {
    'app.mjs': 'text/javascript; charset=utf-8',
    'engine.wasm': 'application/wasm',
    'index.json': 'application/json; charset=utf-8',
    'stdlib.zip': 'application/zip',
    'font.woff2': 'font/woff2',
  };
  for (const [name, type] of Object.entries(types)) {
    const response = await get(`/course/gradbook/${name}`);
    assert.equal(response.status, 200, name);
    assert.equal(response.headers['content-type'], type, name);
  }
});

test('an unchanged file is revalidated with a bodiless 304', async () => {
  const first = await get('/course/gradbook/app.mjs');
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.ok(first.headers.etag);
  const again = await get('/course/gradbook/app.mjs', 'GET', { 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body, '');
  const stale = await get('/course/gradbook/app.mjs', 'GET', { 'If-None-Match': 'W/"0-0"' });
  assert.equal(stale.status, 200);
});

test('serves index.html for a directory and redirects to its slash URL', async () => {
  assert.equal((await get('/course/gradbook/')).body, '<!doctype html>');
  assert.equal((await get('/course/gradbook/lessons/')).body, 'lessons');
  const bare = await get('/course/gradbook?lesson=a.md');
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.location, '/course/gradbook/?lesson=a.md');
  assert.equal((await get('/course/gradbook/lessons')).headers.location, '/course/gradbook/lessons/');
});

test('answers 404 for missing files and paths outside the prefix', async () => {
  assert.equal((await get('/course/gradbook/missing.js')).status, 404);
  assert.equal((await get('/index.html')).status, 404);
});

test('never serves a file outside the directory', async () => {
  for (const path of ['/course/gradbook/../secret.txt', '/course/gradbook/%2e%2e/secret.txt', '/course/gradbook/..%2fsecret.txt', '/course/gradbook/%2e%2e%5csecret.txt']) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(response.body, /outside the site/, path);
  }
  assert.equal((await get('/course/gradbook/%E0%A4%A')).status, 400);
});

test('answers HEAD without a body and refuses other methods', async () => {
  const head = await get('/course/gradbook/index.html', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-length'], '15');
  assert.equal(head.body, '');
  assert.equal((await get('/course/gradbook/index.html', 'POST')).status, 405);
});

/** The headers of /index.html from a server started with `options`. */
async function headersWith(options) {
  const server = await serveStatic({ dir: join(parent, 'site'), port: 0, ...options });
  try {
    const response = await new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port: server.address().port, path: '/index.html' }, resolve).on('error', reject).end();
    });
    response.resume();
    return response.headers;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

test('serves cross-origin isolated only when asked', async () => {
  assert.equal((await get('/course/gradbook/index.html')).headers['cross-origin-opener-policy'], undefined);
  const headers = await headersWith({ isolate: true });
  assert.equal(headers['cross-origin-opener-policy'], 'same-origin');
  assert.equal(headers['cross-origin-embedder-policy'], 'require-corp');
});

test('serves to pages of other origins (CORS) only when asked, as a CDN does', async () => {
  assert.equal((await get('/course/gradbook/index.html')).headers['access-control-allow-origin'], undefined);
  assert.equal((await headersWith({ cors: true }))['access-control-allow-origin'], '*');
});
