// The complete list of PyTorch names Gradbook supports, read from the torch package itself:
//   node scripts/supported-api.mjs            prints it, by area, with counts
//   node scripts/supported-api.mjs --write    writes it into docs/python-api.md (between the markers)
//   node scripts/supported-api.mjs --check    fails if docs/python-api.md's list is not the current one
// Lists every public name of torch, torch.Tensor, torch.nn, torch.nn.functional, torch.nn.init,
// torch.optim, torch.optim.lr_scheduler, torch.autograd, torch.utils.data and torch.linalg that
// our package defines and PyTorch 1.13 has too (names we lack raise NotImplementedError and are
// not listed). Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const AREAS = ['torch', 'torch.Tensor', 'torch.nn', 'torch.nn.functional', 'torch.nn.init', 'torch.optim',
  'torch.optim.lr_scheduler', 'torch.autograd', 'torch.utils.data', 'torch.linalg'];

const lister = `
import importlib, inspect, json, types, torch
from torch._api_names import FUNCTIONS, TENSOR_METHODS, PACKAGE_NAMES

def ours(value, area):
    # Submodules are areas of their own; what a module imports from outside torch (Counter,
    # bisect_right), its message strings, and classes it imports from another area
    # (lr_scheduler's Optimizer) are not its API.
    if isinstance(value, (types.ModuleType, str)):
        return False
    module = str(getattr(value, '__module__', None) or 'torch')
    if isinstance(value, type) and area not in ('torch', 'torch.Tensor'):
        return module.startswith(area)
    return module.startswith('torch')

def public(obj, area):
    return sorted(n for n in dir(obj) if not n.startswith('_') and ours(getattr(obj, n), area))

areas = {}
for area in ${JSON.stringify(AREAS)}:
    obj = torch.Tensor if area == 'torch.Tensor' else importlib.import_module(area)
    pytorch = {'torch': FUNCTIONS, 'torch.Tensor': TENSOR_METHODS}.get(area, PACKAGE_NAMES.get(area))
    areas[area] = [n for n in public(obj, area) if pytorch is None or n in pytorch]
print(json.dumps(areas))
`;

const dir = mkdtempSync(join(tmpdir(), 'gradbook-api-'));
writeFileSync(join(dir, 'list.py'), lister);
const areas = JSON.parse(execFileSync('node', ['bin/gradbook.mjs', 'run', join(dir, 'list.py')], { cwd: root, encoding: 'utf8' }));
rmSync(dir, { recursive: true });

const total = Object.values(areas).reduce((n, names) => n + names.length, 0);
// Lines of at most 100 characters, continued with an indent (Markdown's list item).
const wrap = (line) => line.replace(/(.{1,96})(?:, |$)/g, (_, part, at) => (at + part.length < line.length ? `${part},\n  ` : part));
const list = [`Every supported name (${total}), listed from the package by \`scripts/supported-api.mjs\`:`, '',
  ...Object.entries(areas).map(([area, names]) => wrap(`- \`${area}\` (${names.length}): ${names.join(', ')}`))].join('\n');

const START = '<!-- supported-api:start -->', END = '<!-- supported-api:end -->';
const DOC = 'docs/python-api.md';
const docPath = join(root, DOC);
const doc = readFileSync(docPath, 'utf8');
const [before, rest] = doc.split(START);
const after = rest?.split(END)[1];
if (after === undefined) throw new Error(`${DOC} needs the markers ${START} and ${END}`);
const current = `${before}${START}\n${list}\n${END}${after}`;
if (process.argv.includes('--write')) writeFileSync(docPath, current);
else if (process.argv.includes('--check')) {
  const fresh = current === doc;
  console.log(fresh ? `${DOC} lists every supported name` : `${DOC}'s list is out of date: run node scripts/supported-api.mjs --write`);
  process.exitCode = fresh ? 0 : 1;
} else console.log(list);
