// Records the public names of PyTorch 1.13's API into web/python/torch/_api_names.py, so that
// using a real PyTorch name we do not support yet raises NotImplementedError, while a typo
// still raises PyTorch's AttributeError. Needs Debian's python3-torch (/usr/bin/python3);
// run it again only to follow another PyTorch version.
//
// Every public module reachable from `import torch` is walked (torch.nn.modules.loss,
// torch.distributions.normal, ...), and each one's public names are recorded, so that any
// name a real program can reach is known.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

// Modules a program imports by name that `import torch` alone may not load.
const IMPORTED = ['torch.utils.data', 'torch.nn.utils.rnn', 'torch.optim.lr_scheduler', 'torch.distributions',
  'torch.autograd.functional', 'torch.linalg', 'torch.special', 'torch.fft'];

const lister = `
import importlib, types, warnings
warnings.filterwarnings('ignore')
import torch
for name in ${JSON.stringify(IMPORTED)}:
    importlib.import_module(name)

public = lambda names: sorted(n for n in names if not n.startswith('_'))
modules = {}

def walk(module):
    names = []
    for name in public(dir(module)):
        value = getattr(module, name, None)
        if isinstance(value, types.ModuleType) and value.__name__ == module.__name__ + '.' + name:
            if value.__name__ not in modules:
                modules[value.__name__] = None  # claimed before walking: packages import each other
                walk(value)
        else:
            names.append(name)
    modules[module.__name__] = names

modules['torch'] = None
walk(torch)
for name, names in sorted(modules.items()):
    print(name + ' ' + ' '.join(names))
print('torch.Tensor ' + ' '.join(public(dir(torch.Tensor))))
`;
const lines = execFileSync('/usr/bin/python3', ['-c', lister], { encoding: 'utf8', maxBuffer: 1 << 26 })
  .trim().split('\n').map((line) => line.trim().split(' '));
const methods = lines.pop().slice(1);
const modules = lines.map(([name, ...names]) => [name, names]);

const wrap = (names) => names.join(' ').replace(/(.{1,96})( |$)/g, '$1\n').trimEnd();
const set = (names) => (names.length ? `frozenset("""\n${wrap(names)}\n""".split())` : 'frozenset()');
writeFileSync(new URL('../web/python/torch/_api_names.py', import.meta.url), `"""The public names of PyTorch 1.13 (recorded by scripts/record-torch-api.mjs).

Used to tell a PyTorch feature we do not support yet (NotImplementedError) from a name that
PyTorch does not have either (AttributeError, as PyTorch raises).
"""

# Every public module of PyTorch, with its public names (its submodules not included).
PACKAGE_NAMES = {
${modules.map(([name, names]) => `    "${name}": ${set(names)},`).join('\n')}
}

SUBMODULES = frozenset(name for name in PACKAGE_NAMES if name != "torch")

FUNCTIONS = PACKAGE_NAMES["torch"]

TENSOR_METHODS = ${set(methods)}
`);
const names = modules.reduce((n, [, names]) => n + names.length, 0);
console.log(`recorded ${modules.length} modules with ${names} names, and ${methods.length} Tensor names`);
