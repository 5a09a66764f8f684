// Differential check against real PyTorch, bit for bit:
//   node scripts/compare-with-pytorch.mjs [NAME-PREFIX]
// Runs scripts/pytorch-differential.py (every differentiable op, fused forward kernel and
// optimizer step, float32 and float64, several shapes) under Debian's python3-torch
// (/usr/bin/python3) and under Gradbook's runner (needs `npm run build`), then lists every case
// whose outputs or gradients differ in any bit. A tool for finding divergences; tests never
// need PyTorch (each fix gets its own doctest or recorded conformance case).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const only = process.argv[2] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'gradbook-differential-'));
const program = join(dir, 'differential.py');
// Our runner has no command line, so the filter is set in the program itself.
writeFileSync(program, `import sys\nsys.argv = ['', ${JSON.stringify(only)}]\n`
  + readFileSync(join(root, 'scripts/pytorch-differential.py'), 'utf8'));

const run = (command, args) => execFileSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
const parse = (text) => new Map(text.trim().split('\n').filter(Boolean).map((line) => {
  const at = line.search(/ [=!] /);
  return [line.slice(0, at), line.slice(at + 1)];
}));
const theirs = parse(run('/usr/bin/python3', [program]));
const ours = parse(run('node', ['bin/gradbook.mjs', 'run', program]));
rmSync(dir, { recursive: true });

// Where two results first differ: which output or gradient, which element, both values.
function firstDifference(a, b) {
  const [pa, pb] = [a.slice(2).split(' | '), b.slice(2).split(' | ')];
  for (let part = 0; part < pa.length; ++part) {
    const [va, vb] = [pa[part].split(' '), (pb[part] ?? '').split(' ')];
    const differing = va.filter((v, i) => v !== vb[i]).length;
    if (differing) {
      const i = va.findIndex((v, k) => v !== vb[k]);
      const what = part === 0 ? 'output' : `grad ${part}`;
      return `${what}: ${differing} of ${va.length} differ, first [${i}] ours ${vb[i]} torch ${va[i]}`;
    }
  }
  return 'differs';
}

let same = 0;
const report = { differ: [], unsupported: [], error: [] };
for (const [label, expected] of theirs) {
  const got = ours.get(label);
  if (got === expected) ++same;
  else if (got?.startsWith('! NotImplementedError')) report.unsupported.push(label);
  else if (expected.startsWith('!') || got?.startsWith('!')) report.error.push(`${label}: torch ${expected}; ours ${got}`);
  else report.differ.push(`${label}: ${firstDifference(expected, got)}`);
}
for (const [kind, lines] of Object.entries(report)) {
  if (lines.length) console.log(`\n${kind} (${lines.length}):\n  ${lines.join('\n  ')}`);
}
console.log(`\n${theirs.size} cases: ${same} identical, ${report.differ.length} differ, `
  + `${report.unsupported.length} unsupported, ${report.error.length} errors`);
process.exitCode = report.differ.length || report.error.length ? 1 : 0;
