// What one start keeps for the next (an interpreter image, compiled bytecode), in the browser's
// Cache Storage. A cache holds one entry: saving replaces it, so what was kept for an older
// Pyodide or older sources does not linger.

/**
 * The kept entry of cache `name`, or null where there is no Cache Storage (no secure context).
 * @param {string} name     the cache's name
 * @param {string} baseURL  any http(s) URL of the site, to build the entry's URL from
 */
export function keptInCache(name, baseURL) {
  if (typeof caches === 'undefined' || !/^https?:/.test(baseURL)) return null;
  const url = (key) => new URL(`./${name}-${key}`, baseURL).href;
  return {
    /** The bytes kept under `key`, or null. */
    async load(key) {
      const response = await (await caches.open(name)).match(url(key));
      return response ? new Uint8Array(await response.arrayBuffer()) : null;
    },
    async save(key, bytes) {
      await caches.delete(name);
      await (await caches.open(name)).put(url(key), new Response(bytes));
    },
    async drop() {
      await caches.delete(name);
    },
  };
}
