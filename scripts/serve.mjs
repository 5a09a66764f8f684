// A small static file server for dist/ (Node built-ins only). It can serve under a sub-path,
// which is how the e2e tests check that the built site works wherever it is hosted, and with or
// without the headers that make a page cross-origin isolated (which lets Stop interrupt Python
// instead of restarting it), so both kinds of host can be tested.
//   node scripts/serve.mjs          serves dist/ on http://127.0.0.1:8000/ (PORT overrides),
//                                   cross-origin isolated (ISOLATE=0 turns that off)
import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/x-python; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.whl': 'application/zip',
  '.tar': 'application/x-tar',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

// Cross-origin isolation: the page may use SharedArrayBuffer (Pyodide's interrupt buffer).
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Serves the files under `dir` at URLs starting with `prefix` (e.g. '/course/gradbook/'),
 * cross-origin isolated if `isolate`, and to pages of any origin if `cors` (as a CDN does).
 * @returns {Promise<import('node:http').Server>} once it is listening (port 0 picks a free port)
 */
export function serveStatic({ dir, port, host = '127.0.0.1', prefix = '/', isolate = false, cors = false }) {
  const root = resolve(dir);
  const base = prefix.endsWith('/') ? prefix : prefix + '/';
  const server = createServer((request, response) => {
    if (isolate) for (const [name, value] of Object.entries(ISOLATION_HEADERS)) response.setHeader(name, value);
    if (cors) response.setHeader('Access-Control-Allow-Origin', '*');
    handle(root, base, request, response).catch((error) => {
      if (!response.headersSent) reply(response, 500, String(error));
      else response.destroy(error);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}

async function handle(root, base, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return reply(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const { pathname, search } = new URL(request.url, 'http://localhost');
  // The bare prefix has to become a directory URL so the page's relative links resolve inside it.
  if (pathname + '/' === base) return redirect(response, base + search);
  if (!pathname.startsWith(base)) return reply(response, 404, 'Not found');

  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return reply(response, 400, 'Bad request');
  }
  const file = resolve(root, '.' + sep + relative);
  if (relative.includes('\0') || (file !== root && !file.startsWith(root + sep))) return reply(response, 404, 'Not found');

  let info = await statOrNull(file);
  let path = file;
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return redirect(response, pathname + '/' + search);
    path = join(file, 'index.html');
    info = await statOrNull(path);
  }
  if (!info?.isFile()) return reply(response, 404, 'Not found');

  // Always revalidate, so a rebuild shows up on the next reload; the validator makes an
  // unchanged file a bodiless 304, which also lets the browser keep its compiled wasm.
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const validators = { 'Cache-Control': 'no-cache', ETag: etag, 'Last-Modified': info.mtime.toUTCString() };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, validators);
    return response.end();
  }
  response.writeHead(200, {
    'Content-Type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    ...validators,
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(path).on('error', (error) => response.destroy(error)).pipe(response);
}

function statOrNull(path) {
  return stat(path).catch(() => null);
}

function redirect(response, location) {
  reply(response, 301, `Moved to ${location}`, { Location: location });
}

function reply(response, status, text, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(text + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../dist/', import.meta.url));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}index.html does not exist yet: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8000);
  const server = await serveStatic({ dir, port, isolate: process.env.ISOLATE !== '0' });
  const { address, port: actualPort } = server.address();
  console.log(`Gradbook is being served at http://${address}:${actualPort}/  (Ctrl+C stops it)`);
}
