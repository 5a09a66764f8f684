// The site's service worker (dist/sw.js; its scope is the folder the site is in, so pages
// around it, such as a host page embedding Gradbook, are none of its business). It does two jobs:
//  - Offline: it keeps a copy of every file of the site, so after one visit the pages, the
//    runtime and the lessons load with the network off. It takes over at once (a first visit
//    reloads once to become isolated, best before the learner has done anything) and copies
//    the files when a page asks, so the copying never delays the page's own requests.
//    Content-hashed files are served from the cache; the rest (pages, lessons, the stable
//    entry scripts) from the network when there is one, so a new deployment shows up, and
//    from the cache when there is none.
//  - Cross-origin isolation on any static host: it adds COOP/COEP to its responses, so the
//    page may use SharedArrayBuffer and Stop can interrupt Python instead of restarting it.
// A new build changes this file (its precache list), so browsers install the new one, which
// drops the previous build's cache when it takes over.
import { files, version } from 'gradbook:precache';

const CACHE = `gradbook-site-${version}`;
const CACHE_PREFIX = 'gradbook-site-';
const IMMUTABLE = /\/(assets|pyodide)\//;
// credentialless rather than require-corp: a lesson's pictures from other sites still load
// (without cookies) instead of being blocked for lacking a Cross-Origin-Resource-Policy header.
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'credentialless' };

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
    await Promise.all(old.map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// A page's 'precache' message: copies the files not copied yet, then answers 'precached'.
self.addEventListener('message', (event) => {
  if (event.data !== 'precache') return;
  event.waitUntil(precache().then(() => event.source.postMessage('precached')));
});

async function precache() {
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((request) => request.url));
  const missing = files.map((file) => new URL(file, self.registration.scope).href).filter((url) => !have.has(url));
  await cache.addAll(missing);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(respond(request).then(isolated));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  if (url.pathname.endsWith('/')) url.pathname += 'index.html'; // what a static server answers
  // A page's query string (?lesson=…) names what to show, not another file.
  const cached = () => cache.match(url.href, { ignoreSearch: request.mode === 'navigate' });
  if (IMMUTABLE.test(url.pathname)) return (await cached()) ?? fetch(request);
  try {
    return await fetch(request);
  } catch (offline) {
    const response = await cached();
    if (response) return response;
    throw offline;
  }
}

function isolated(response) {
  if (response.type === 'opaque' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
