// node scripts/assemble-wat.mjs IN.wat OUT.h NAME: assembles a WebAssembly text module with wabt
// (relaxed SIMD on) and writes its bytes as a C++ array NAME, which the engine's WebAssembly build
// embeds (wasm/CMakeLists.txt) and its JS loader instantiates.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import createWabt from 'wabt';

const [input, output, name] = process.argv.slice(2);
const wabt = await createWabt();
const module = wabt.parseWat(basename(input), await readFile(input, 'utf8'), { simd: true, relaxed_simd: true });
module.validate();
const { buffer } = module.toBinary({});
module.destroy();
const rows = [];
for (let i = 0; i < buffer.length; i += 16) rows.push(`  ${[...buffer.subarray(i, i + 16)].join(', ')},`);
await writeFile(output, `// Assembled from ${basename(input)} by scripts/assemble-wat.mjs.
#pragma once
#include <cstdint>

inline constexpr uint8_t ${name}[] = {
${rows.join('\n')}
};
`);
