// TensorFlow.js as the benchmark uses it, bundled once by bench/run.mjs for Node and for the
// page: tfjs-core's own bundles register no gradients, so they are imported here.
export * as tf from '@tensorflow/tfjs-core';
export { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
