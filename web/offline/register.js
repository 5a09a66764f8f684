// Installs the site's service worker (sw.js: offline copies of the site and cross-origin
// isolation) from a page of the site, and asks it to copy the site for offline use. The first
// visit is served before the worker exists, so a top-level page reloads once when it takes over,
// to come back cross-origin isolated. <html data-gradbook-offline="ready"> says the copy is done.
import { siteRoot } from '../app/site-assets.js';

const RELOADED = 'gradbook:reloaded-for-isolation';

/** Never fails: without a service worker the site works as before, online only. */
export function registerServiceWorker() {
  return register().catch((error) => console.warn(`Gradbook will not work offline: ${error.message}`));
}

async function register() {
  if (!('serviceWorker' in navigator)) return; // file:// pages, old browsers
  const { serviceWorker } = navigator;
  await serviceWorker.register(new URL('sw.js', siteRoot));
  const alone = window.top === window; // an iframe's isolation depends on its parent page
  if (!crossOriginIsolated && alone && !sessionStorage.getItem(RELOADED)) {
    sessionStorage.setItem(RELOADED, '1'); // once: a host that refuses isolation must not loop
    if (serviceWorker.controller) return location.reload();
    serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    return;
  }
  serviceWorker.addEventListener('message', ({ data }) => {
    if (data === 'precached') document.documentElement.dataset.gradbookOffline = 'ready';
  });
  (await serviceWorker.ready).active.postMessage('precache');
}
