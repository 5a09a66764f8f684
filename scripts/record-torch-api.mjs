// Records the public names of PyTorch 1.13's API into web/python/torch/_api_names.py, so that
// using a real PyTorch name we do not support yet raises NotImplementedError, while a typo
// still raises PyTorch's AttributeError. Needs Debian's python3-torch (/usr/bin/python3);
// run it again only to follow another PyTorch version.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

// Packages of ours that stand in for PyTorch's: their missing names raise NotImplementedError too.
const PACKAGES = ['torch.nn', 'torch.nn.functional', 'torch.nn.init', 'torch.optim', 'torch.optim.lr_scheduler',
  'torch.utils.data'];

const lister = `
import torch, types
public = lambda names: sorted(n for n in names if not n.startswith('_'))
modules = [n for n in public(dir(torch))
           if isinstance(getattr(torch, n), types.ModuleType) and getattr(torch, n).__name__ == 'torch.' + n]
print(' '.join(modules))
print(' '.join(n for n in public(dir(torch)) if n not in modules))
print(' '.join(public(dir(torch.Tensor))))
import importlib
for name in ${JSON.stringify(PACKAGES)}:
    print(name + ' ' + ' '.join(public(dir(importlib.import_module(name)))))
`;
const [modules, functions, methods, ...packages] = execFileSync('/usr/bin/python3', ['-c', lister], { encoding: 'utf8' })
  .trim().split('\n').map((line) => line.split(' '));

const wrap = (names) => names.join(' ').replace(/(.{1,96})( |$)/g, '$1\n').trimEnd();
writeFileSync(new URL('../web/python/torch/_api_names.py', import.meta.url), `"""The public names of PyTorch 1.13 (recorded by scripts/record-torch-api.mjs).

Used to tell a PyTorch feature we do not support yet (NotImplementedError) from a name that
PyTorch does not have either (AttributeError, as PyTorch raises).
"""

SUBMODULES = frozenset("""
${wrap(modules)}
""".split())

FUNCTIONS = frozenset("""
${wrap(functions)}
""".split())

TENSOR_METHODS = frozenset("""
${wrap(methods)}
""".split())

PACKAGE_NAMES = {
${packages.map(([name, ...names]) => `    "${name}": frozenset("""\n${wrap(names)}\n""".split()),`).join('\n')}
}
`);
console.log(`recorded ${modules.length} submodules, ${functions.length} torch names, ${methods.length} Tensor names`);
