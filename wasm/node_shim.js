// Emscripten before 3.1.26 emits `require` and `__dirname` in its Node branch even for ES module
// output; this defines them from import.meta.url (browsers skip it).
const _isNode = typeof process == 'object' && typeof process.versions == 'object' && typeof process.versions.node == 'string';
const require = _isNode ? (await import('node:module')).createRequire(import.meta.url) : undefined;
const __dirname = _isNode ? require('node:path').dirname(require('node:url').fileURLToPath(import.meta.url)) : '';
