// The site's service worker (dist/sw.js; its scope is the folder the site is in, so pages
// around it, such as a host page embedding Gradbook, are none of its business). It does two jobs:
//  - Offline: it keeps a copy of every file of the site, so after one visit the pages, the
//    runtime and the lessons load with the network off. It takes over at once (a first visit
//    reloads once to become isolated, best before the learner has done anything) and copies
//    the files when a page asks, so the copying never delays the page's own requests.
//    Content-hashed files are served from the cache; the rest (pages, lessons, the stable
//    entry scripts) from the network when there is one, so a new deployment shows up, and
//    from the cache when there is none.
//    The datasets' files are too big to copy on a first visit that may never use them: each is
//    copied when a program first reads it, and served from the cache from then on.
//  - Cross-origin isolation on any static host: it adds COOP/COEP to its responses, so the
//    page may use SharedArrayBuffer and Stop can interrupt Python instead of restarting it.
// The Cache API is not safe storage: any script of the origin (a cell's `js.eval` in the Python
// worker included) can put its own response under one of our URLs. So this file carries the
// SHA-256 of every file of the build (the bytes the server sends), and a cached copy is served
// only if it still has them; one that does not is deleted and fetched again, or refused offline.
// A new build, or a lesson added with `gradbook lessons`, changes dist/sw.js (its hashes), so
// browsers install the new worker, which drops the previous cache when it takes over.
// dist/sw.js sets the list before it runs this code (scripts/offline-list.mjs).
const { files, onUse, version } = self.gradbookOffline;

const CACHE = `gradbook-site-${version}`;
const CACHE_PREFIX = 'gradbook-site-';
const IMMUTABLE = /\/(assets|pyodide)\//;
// credentialless rather than require-corp: a lesson's pictures from other sites still load
// (without cookies) instead of being blocked for lacking a Cross-Origin-Resource-Policy header.
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'credentialless' };
const byURL = (hashes) => new Map(Object.entries(hashes).map(([path, hash]) => [new URL(path, self.registration.scope).href, hash]));
/** absolute URL → base64 SHA-256 of its bytes in this build: the files copied on the first visit */
const expected = byURL(files);
/** the same for the files copied when first used (the datasets) */
const expectedOnUse = byURL(onUse);

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
    await Promise.all(old.map((name) => caches.delete(name)));
    await caches.open(CACHE); // from now on an older worker's precache() sees a newer build
    await self.clients.claim();
  })());
});

// A page's 'precache' message: copies the files not copied yet, then answers 'precached'.
self.addEventListener('message', (event) => {
  if (event.data !== 'precache') return;
  event.waitUntil(precache().then(() => event.source.postMessage('precached')));
});

// Only this build's bytes go into the cache: a server that already has a newer build answers
// with other bytes, and this worker is about to be replaced by that build's anyway.
async function precache() {
  // A newer build's worker (its cache is there, ours is not) dropped this one's cache when it
  // took over: opening it again would bring back a stale copy of the site that nothing deletes.
  const names = await caches.keys();
  if (!names.includes(CACHE) && names.some((name) => name.startsWith(CACHE_PREFIX))) {
    throw new Error('a newer build of the site took over');
  }
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((request) => request.url));
  await Promise.all([...expected].filter(([url]) => !have.has(url)).map(async ([url, hash]) => {
    const response = await fetch(url, { cache: 'no-cache' }); // not a stale copy from the HTTP cache
    const body = await response.arrayBuffer();
    if (!response.ok || (await sha256(body)) !== hash) throw new Error(`${url} is not the file this build lists`);
    await cache.put(url, new Response(body, response));
  }));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(respond(request).then(isolated));
});

async function respond(request) {
  const url = new URL(request.url);
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html'; // what a static server answers
  if (request.mode === 'navigate') url.search = ''; // a page's ?lesson=… names what to show, not another file
  if (expectedOnUse.has(url.href)) return keptOnUse(url.href, expectedOnUse.get(url.href));
  const hash = expected.get(url.href);
  if (!hash) return fetch(request);
  if (IMMUTABLE.test(url.pathname)) return (await verifiedCopy(url.href, hash)) ?? fetch(request);
  try {
    return await fetch(request);
  } catch (offline) {
    const response = await verifiedCopy(url.href, hash);
    if (response) return response;
    throw offline;
  }
}

// A dataset's file never changes within a build: the cached copy if there is one, else the
// network's, kept once it proves to be the build's (and while this build's cache is still
// there: one a newer build dropped must not come back).
async function keptOnUse(url, hash) {
  const kept = await verifiedCopy(url, hash);
  if (kept) return kept;
  const response = await fetch(url);
  if (!response.ok) return response;
  const body = await response.arrayBuffer();
  if ((await sha256(body)) === hash && (await caches.has(CACHE))) {
    await (await caches.open(CACHE)).put(url, new Response(body.slice(0), response));
  }
  return new Response(body, response);
}

/** The cached copy of `url` if it has the build's bytes; null if there is none or it was altered. */
async function verifiedCopy(url, hash) {
  const response = await caches.match(url, { cacheName: CACHE });
  if (!response) return null;
  const body = await response.arrayBuffer();
  if ((await sha256(body)) === hash) return new Response(body, response);
  await (await caches.open(CACHE)).delete(url); // the next 'precache' copies the real file again
  return null;
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return btoa(String.fromCharCode(...digest));
}

function isolated(response) {
  if (response.type === 'opaque' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
