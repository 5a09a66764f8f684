// The JS API for embedders (dist/gradbook.js; types in gradbook.d.ts):
//   mount(element, { src | cells })  a notebook in any element, driven from JavaScript
//   run(code)                        runs Python in the page's runtime and returns its outputs
//   tensor(data, options)            an engine tensor in JavaScript, no Python involved
//   loadEngine()                     the engine's whole JS API (wasm/engine.mjs)
//   preload()                        starts Python now rather than on the first run
import { loadEngine as instantiateEngine } from '../../wasm/engine.mjs';
import { siteAssets } from '../app/site-assets.js';
import { upgradeCodeBlocks } from './code-blocks.js';
import { mount } from './mount.js';
import { pageRuntime } from './page-runtime.js';

export { mount, upgradeCodeBlocks };

/**
 * Runs `code` in the page's runtime (the namespace the embedded cells share).
 * @returns {Promise<{ ok: boolean, outputs: object[], error?: object }>}
 */
export async function run(code) {
  const outputs = [];
  const outcome = await pageRuntime().runtime.run(code, { onOutput: (output) => outputs.push(output) });
  return { ok: outcome.ok, outputs, ...(outcome.error ? { error: outcome.error } : {}) };
}

let engine = null;

/** The engine in this page (one instance, loaded on first use). */
export function loadEngine() {
  engine ??= instantiateEngine({ wasm: siteAssets.engineWasm });
  return engine;
}

/** A tensor from nested arrays of numbers: `await tensor([[1, 2], [3, 4]], { requiresGrad: true })`. */
export async function tensor(data, options) {
  return (await loadEngine()).tensor(data, options);
}

export function preload() {
  pageRuntime();
}
